package vn.langnghe.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Fired by the non-interrupting timers on the provincial tasks: tells the leader in the app. */
@Component("escalation")
class EscalationDelegate implements JavaDelegate {

    private final ApplicationEventPublisher publisher;

    EscalationDelegate(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String task = execution.getCurrentActivityId().replace("Task_Escalate", "Task_");
        publisher.publishEvent(new TaskEscalated((Long) execution.getVariable(RecognitionProcess.DOSSIER_ID),
                Step.ofTaskKey(task).orElseThrow()));
    }
}
