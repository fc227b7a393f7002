package vn.langnghe.workflow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.langnghe.village.RegistryReviewStarted;

/**
 * Starts {@code bpmn/revocation.bpmn} for each village the annual review flagged, inside the reviewing
 * transaction (a plain listener, as {@link RecognitionProcess}). One instance per village, business key
 * {@code village-<id>}; the commune is kept so only its officers see the explanation task.
 */
@Component
class RevocationProcess {

    static final String KEY = "revocation";
    static final String VILLAGE_ID = "villageId";
    static final String VILLAGE_NAME = "villageName";
    static final String BUSINESS_KEY_PREFIX = "village-";

    private final RuntimeService runtime;

    RevocationProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(RegistryReviewStarted started) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VILLAGE_ID, started.entryId());
        variables.put(VILLAGE_NAME, started.villageName());
        variables.put(RecognitionProcess.COMMUNE_ID, started.communeId());
        variables.put("reviewYear", started.year());
        if (started.title() != null) {
            variables.put(RecognitionProcess.TITLE, started.title().name());
        }
        runtime.startProcessInstanceByKey(KEY, BUSINESS_KEY_PREFIX + started.entryId(), variables);
    }
}
