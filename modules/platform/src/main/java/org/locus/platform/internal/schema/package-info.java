/** The domain tables: every module's Flyway migrations, applied at start before the engine. */
package org.locus.platform.internal.schema;
