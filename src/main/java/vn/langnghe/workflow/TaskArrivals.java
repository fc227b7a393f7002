package vn.langnghe.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.langnghe.identity.Role;

/**
 * Turns the engine's task creations (Camunda's Spring eventing) into our own event, per candidate group; a
 * task for the commune officers names the commune of its process.
 */
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
            Long villageId = (Long) task.getVariable(RevocationProcess.VILLAGE_ID);
            String villageName = (String) task.getVariable(RevocationProcess.VILLAGE_NAME);
            for (IdentityLink link : task.getCandidates()) {
                if (link.getGroupId() != null) {
                    Long commune = Role.COMMUNE_OFFICER.name().equals(link.getGroupId())
                            ? (Long) task.getVariable(RecognitionProcess.COMMUNE_ID) : null;
                    publisher.publishEvent(new TaskArrived(dossierId, villageId, villageName, step, link.getGroupId(),
                            commune));
                }
            }
        });
    }
}
