package org.locus.platform.api.diagram;

/**
 * One flow node of a diagram (task, call activity, event, gateway), in the order the BPMN file lists it.
 *
 * @param type the BPMN element's local name, such as {@code userTask} or {@code callActivity}
 * @param calledProcess the process a call activity calls (its {@code calledElement}), else null
 */
public record DiagramActivity(String id, String name, String type, String calledProcess) {

    /** The name, or the id for a node drawn without one (a gateway, say). */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }
}
