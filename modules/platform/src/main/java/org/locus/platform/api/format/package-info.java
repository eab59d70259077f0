/** How values read on a GOV.UK page: dates, times, money, yes and no. One formatter for every module. */
package org.locus.platform.api.format;
