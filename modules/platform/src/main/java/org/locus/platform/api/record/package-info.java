/** What recorded steps share in the database: who and when, and how instants are stored. List both classes in a module's persistence unit. */
package org.locus.platform.api.record;
