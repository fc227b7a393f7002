package vn.langnghe.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns the engine's task creations (Camunda's Spring eventing) into our own event, per candidate group. */
@Component
class TaskArrivals {

    private final ApplicationEventPublisher publisher;

    TaskArrivals(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void on(DelegateTask task) {
        Step.ofTaskKey(task.getTaskDefinitionKey()).ifPresent(step -> {
            Long dossierId = (Long) task.getVariable(RecognitionProcess.DOSSIER_ID);
            for (IdentityLink link : task.getCandidates()) {
                if (link.getGroupId() != null) {
                    publisher.publishEvent(new TaskArrived(dossierId, step, link.getGroupId()));
                }
            }
        });
    }
}
