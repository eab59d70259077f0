/** Demo engagements for trying Locus out: made through the modules' own services, in the demo profile only. */
package org.locus.app.demo;
