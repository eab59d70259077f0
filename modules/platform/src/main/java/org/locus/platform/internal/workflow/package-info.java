/** The workflow API implemented on the Camunda engine's services; engine exceptions become Locus errors here. */
package org.locus.platform.internal.workflow;
