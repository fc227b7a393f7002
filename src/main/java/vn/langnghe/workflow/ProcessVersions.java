package vn.langnghe.workflow;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves dossiers already under way onto a newly deployed version of our process models, so an upgrade never
 * strands one at a step whose next part has changed. Activities keep their ids between versions, and message
 * and timer triggers are updated to the new model. Instances that cannot be moved (an activity was removed)
 * stay on their version and are named in the log for an administrator to move in Cockpit.
 */
@Component
class ProcessVersions {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessVersions.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;

    ProcessVersions(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** Once the engine has deployed the models from {@code bpmn/} at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    void afterStartUp() {
        List.of(RecognitionProcess.KEY, CouncilRoundProcess.KEY).forEach(this::moveToLatest);
    }

    void moveToLatest(String key) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
        if (latest == null) {
            return;
        }
        for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
            ProcessInstanceQuery running = runtime.createProcessInstanceQuery().processDefinitionId(older.getId());
            long count = running.count();
            if (older.getId().equals(latest.getId()) || count == 0) {
                continue;
            }
            try {
                MigrationPlan plan = runtime.createMigrationPlan(older.getId(), latest.getId()).mapEqualActivities()
                        .updateEventTriggers().build();
                runtime.newMigration(plan).processInstanceQuery(running).execute();
                LOG.info("Moved {} running '{}' instances from version {} to {}", count, key, older.getVersion(),
                        latest.getVersion());
            } catch (ProcessEngineException e) {
                LOG.warn("{} running '{}' instances stay on version {}: {}", count, key, older.getVersion(),
                        e.getMessage());
            }
        }
    }
}
