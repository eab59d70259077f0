/** The module rules of ARCHITECTURE.md, kept by tests rather than by memory. */
package org.locus.app.architecture;
