/** Read-only pages about engagements: finding one, and everything known about it. */
package org.locus.web.engagement;
