package vn.langnghe.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.langnghe.dossier.DossierSubmitted;

/**
 * Starts {@code bpmn/recognition.bpmn} for a submitted dossier, and resumes it when the commune answers a
 * return. A plain (synchronous) listener on purpose: it runs inside the submitting transaction, so the
 * state change and the engine commit together or not at all. The dossier id is the business key.
 */
@Component
@EnableConfigurationProperties(ProcessSettings.class)
class RecognitionProcess {

    static final String KEY = "recognition";
    static final String DOSSIER_ID = "dossierId";
    static final String COMMUNE_ID = "communeId";
    static final String TITLE = "title";
    static final String RESUBMITTED = "DossierResubmitted";

    private final RuntimeService runtime;
    private final ProcessSettings settings;

    RecognitionProcess(RuntimeService runtime, ProcessSettings settings) {
        this.runtime = runtime;
        this.settings = settings;
    }

    @EventListener
    void on(DossierSubmitted submitted) {
        String businessKey = String.valueOf(submitted.dossierId());
        if (submitted.resubmission()) {
            runtime.createMessageCorrelation(RESUBMITTED).processInstanceBusinessKey(businessKey).correlate();
        } else {
            runtime.startProcessInstanceByKey(KEY, businessKey,
                    Map.of(DOSSIER_ID, submitted.dossierId(), COMMUNE_ID, submitted.communeId(), TITLE,
                            submitted.title().name(), "districtStep", settings.districtStep()));
        }
    }
}
