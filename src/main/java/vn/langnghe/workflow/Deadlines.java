package vn.langnghe.workflow;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.dossier.StatutoryClock;

/**
 * Due dates and escalation times for the process model ({@code ${deadlines.due(execution)}}), from the
 * dossier's statutory clock. A task is due at the end of its last working day (Vietnam time) and
 * escalated at the start of the working day the warning period begins.
 */
@Component("deadlines")
public class Deadlines {

    private final DossierProgress dossiers;
    private final StatutoryClock clock;

    Deadlines(DossierProgress dossiers, StatutoryClock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    public Date due(DelegateExecution execution) {
        return VietnamTime.endOf(dueDay(execution));
    }

    public Date escalation(DelegateExecution execution) {
        return VietnamTime.officeOpening(clock.warningDay(dueDay(execution)));
    }

    public Date intakeDue(DelegateExecution execution) {
        return VietnamTime.endOf(clock.intakeDue(dossier(execution)));
    }

    public Date intakeEscalation(DelegateExecution execution) {
        return VietnamTime.officeOpening(clock.intakeDue(dossier(execution)));
    }

    private LocalDate dueDay(DelegateExecution execution) {
        Dossier dossier = dossier(execution);
        LocalDate due = clock.of(dossier).dueDate();
        return due != null ? due : clock.intakeDue(dossier);
    }

    private Dossier dossier(DelegateExecution execution) {
        return dossiers.find((Long) execution.getVariable(RecognitionProcess.DOSSIER_ID));
    }
}
