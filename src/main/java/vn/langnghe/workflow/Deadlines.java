package vn.langnghe.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
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

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final LocalTime START_OF_DAY = LocalTime.of(7, 30);

    private final DossierProgress dossiers;
    private final StatutoryClock clock;

    Deadlines(DossierProgress dossiers, StatutoryClock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    public Date due(DelegateExecution execution) {
        return endOf(dueDay(execution));
    }

    public Date escalation(DelegateExecution execution) {
        return startOf(clock.warningDay(dueDay(execution)));
    }

    public Date intakeDue(DelegateExecution execution) {
        return endOf(clock.intakeDue(dossier(execution)));
    }

    public Date intakeEscalation(DelegateExecution execution) {
        return startOf(clock.intakeDue(dossier(execution)));
    }

    private LocalDate dueDay(DelegateExecution execution) {
        Dossier dossier = dossier(execution);
        LocalDate due = clock.of(dossier).dueDate();
        return due != null ? due : clock.intakeDue(dossier);
    }

    private Dossier dossier(DelegateExecution execution) {
        return dossiers.find((Long) execution.getVariable(RecognitionProcess.DOSSIER_ID));
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(VIETNAM).toInstant());
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atTime(START_OF_DAY).atZone(VIETNAM).toInstant());
    }
}
