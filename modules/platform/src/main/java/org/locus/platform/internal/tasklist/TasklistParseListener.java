package org.locus.platform.internal.tasklist;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.locus.platform.internal.due.DueDateListener;
import org.locus.platform.internal.due.DueDates;

/**
 * Adds the tasklist's listener to every user task of every deployed process, so no diagram has
 * to remember it: the BPMN files stay the business's map, free of plumbing. Before it, the task's due
 * date from configuration ({@link DueDates}), so the tasklist's row is written with it.
 */
public class TasklistParseListener extends AbstractBpmnParseListener {

    private final TasklistProjection projection;
    private final DueDates dueDates;

    public TasklistParseListener(TasklistProjection projection, DueDates dueDates) {
        this.projection = projection;
        this.dueDates = dueDates;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        // Locus's form keys are plain paths, so the text is the key.
        String formKey = task.getFormKey() == null ? null : task.getFormKey().getExpressionText();
        // Built-in listeners run in the order they are added: the due date first, then the tasklist's row.
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                new DueDateListener(dueDates, ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey(), activity.getId()));
        TaskListener listener = new TasklistTaskListener(projection, formKey);
        for (String event : new String[] {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
                TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE}) {
            task.addBuiltInTaskListener(event, listener);
        }
    }
}
