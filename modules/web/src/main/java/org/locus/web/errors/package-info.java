/** What people see when something goes wrong: the error pages' own logic. */
package org.locus.web.errors;
