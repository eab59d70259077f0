/** Every user task's due date, from configuration, set as the engine creates the task. */
package org.locus.platform.internal.due;
