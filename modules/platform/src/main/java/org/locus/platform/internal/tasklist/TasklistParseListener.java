package org.locus.platform.internal.tasklist;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds the tasklist's listener to every user task of every deployed process, so no diagram has
 * to remember it: the BPMN files stay the business's map, free of plumbing.
 */
public class TasklistParseListener extends AbstractBpmnParseListener {

    private final TasklistProjection projection;

    public TasklistParseListener(TasklistProjection projection) {
        this.projection = projection;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        // Locus's form keys are plain paths, so the text is the key.
        String formKey = task.getFormKey() == null ? null : task.getFormKey().getExpressionText();
        TaskListener listener = new TasklistTaskListener(projection, formKey);
        for (String event : new String[] {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
                TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE}) {
            task.addBuiltInTaskListener(event, listener);
        }
    }
}
