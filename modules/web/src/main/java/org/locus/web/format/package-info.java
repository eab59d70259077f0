/** Dates, money and answers written the GOV.UK way for pages. */
package org.locus.web.format;
