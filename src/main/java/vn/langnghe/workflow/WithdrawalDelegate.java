package vn.langnghe.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.langnghe.dossier.DossierProgress;

/** The supplement deadline passed without an answer: the dossier is closed and the commune told why. */
@Component("withdrawal")
class WithdrawalDelegate implements JavaDelegate {

    private final DossierProgress dossiers;

    WithdrawalDelegate(DossierProgress dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dossiers.withdraw((Long) execution.getVariable(RecognitionProcess.DOSSIER_ID));
    }
}
