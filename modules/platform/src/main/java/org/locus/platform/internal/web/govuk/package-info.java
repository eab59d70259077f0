/** The GOV.UK Design System's form components as Faces components, writing the markup GOV.UK Frontend documents. */
package org.locus.platform.internal.web.govuk;
