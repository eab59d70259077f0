/** What a module's Faces pages use of the platform's user interface kit: showing field errors in the GOV.UK pattern. */
package org.locus.platform.api.web;
