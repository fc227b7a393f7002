package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.IntegrationTest;

/**
 * A dossier waiting for the council on the first published model (whose wait led nowhere) is moved onto the
 * current model when it is deployed, and can then receive the council's result.
 */
@IntegrationTest
class ProcessVersionsTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessVersions versions;

    @Test
    void aDossierWaitingOnAnOldModelMovesToTheCurrentOne() {
        ProcessDefinition old = deploy("bpmn-history/recognition-2026-11-22.bpmn");
        ProcessInstance waiting = runtime.createProcessInstanceById(old.getId()).businessKey("versions-test")
                .setVariables(Map.of(RecognitionProcess.DOSSIER_ID, -1L, "districtStep", false))
                .startBeforeActivity("Task_AwaitCouncil").execute();
        ProcessDefinition current = deploy("bpmn/recognition.bpmn");

        versions.moveToLatest(RecognitionProcess.KEY);

        ProcessInstance moved = runtime.createProcessInstanceQuery().processInstanceId(waiting.getId()).singleResult();
        assertThat(moved.getProcessDefinitionId()).isEqualTo(current.getId());
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(waiting.getId()).singleResult()
                .getEventName()).isEqualTo("CouncilDecided");
        runtime.deleteProcessInstance(waiting.getId(), "test done");
    }

    private ProcessDefinition deploy(String resource) {
        String deployment = repository.createDeployment().name("versions-test").addClasspathResource(resource).deploy()
                .getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
    }
}
