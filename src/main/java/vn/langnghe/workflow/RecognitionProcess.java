package vn.langnghe.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.langnghe.dossier.DossierSubmitted;

/**
 * Starts {@code bpmn/recognition.bpmn} for a submitted dossier. A plain (synchronous) listener on
 * purpose: it runs inside the submitting transaction, so the state change and the process instance
 * commit together or not at all. The dossier id is the business key and the only variable.
 */
@Component
class RecognitionProcess {

    static final String KEY = "recognition";
    static final String DOSSIER_ID = "dossierId";

    private final RuntimeService runtime;

    RecognitionProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(DossierSubmitted submitted) {
        if (!submitted.resubmission()) {
            runtime.createProcessInstanceByKey(KEY)
                    .businessKey(String.valueOf(submitted.dossierId()))
                    .setVariable(DOSSIER_ID, submitted.dossierId())
                    .execute();
        }
    }
}
