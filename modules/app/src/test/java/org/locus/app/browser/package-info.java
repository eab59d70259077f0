/** Browser tests: people's journeys in headless Chromium (Debian's), each page checked with axe-core for WCAG 2.2 AA. */
package org.locus.app.browser;
