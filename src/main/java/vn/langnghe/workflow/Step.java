package vn.langnghe.workflow;

import java.util.Arrays;
import java.util.Optional;

/** The user tasks of bpmn/recognition.bpmn, council-round.bpmn and revocation.bpmn, as the inbox and the API name them. */
public enum Step {
    DISTRICT_APPRAISAL("Task_DistrictAppraisal"),
    INTAKE("Task_Intake"),
    APPRAISAL("Task_Appraisal"),
    COUNCIL_VOTE("Task_Vote"),
    DECISION("Task_Decision"),
    REGISTRY_REVIEW("Task_RegistryReview"),
    COMMUNE_EXPLANATION("Task_CommuneExplanation"),
    REVOCATION_DECISION("Task_RevocationDecision");

    private final String taskKey;

    Step(String taskKey) {
        this.taskKey = taskKey;
    }

    String taskKey() {
        return taskKey;
    }

    static Optional<Step> ofTaskKey(String key) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(key)).findFirst();
    }
}
