/** JSON bodies read into the records that carry a task's values, with every mistake named by its field. */
package org.locus.platform.api.json;
