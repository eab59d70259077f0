package org.locus.platform.api.diagram;

/** A deployed process diagram: its key (the process id in the BPMN file), its name and the engine's definition id. */
public record ProcessDiagram(String key, String name, String definitionId) {
}
