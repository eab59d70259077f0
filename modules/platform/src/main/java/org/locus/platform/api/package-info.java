/** What every module may use of the platform: the workflow, errors, and who is signed in. */
package org.locus.platform.api;
