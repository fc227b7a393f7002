package vn.langnghe.dossier;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.langnghe.calendar.HolidayCalendar;
import vn.langnghe.calendar.WorkingDays;

/**
 * The clock of docs/domain.md §3 step 6: it starts when a dossier is accepted as valid, counts working days
 * (weekends and public holidays excluded), pauses while the dossier is with the commune, and runs out
 * after the limit. Returns null/zero values where there is nothing to count yet.
 */
@Component
@EnableConfigurationProperties(DeadlineSettings.class)
public class StatutoryClock {

    private final HolidayCalendar calendar;
    private final DeadlineSettings settings;
    private final Clock clock;

    StatutoryClock(HolidayCalendar calendar, DeadlineSettings settings, Clock clock) {
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** The clock as it stands today, or as it stopped on the day the dossier was decided. */
    public DossierClock of(Dossier dossier) {
        if (dossier.getAcceptedOn() == null) {
            return DossierClock.NOT_STARTED;
        }
        WorkingDays days = calendar.workingDays();
        LocalDate end = dossier.getDecidedOn() != null ? dossier.getDecidedOn() : LocalDate.now(clock);
        int currentPause = dossier.getPausedSince() == null ? 0 : days.between(dossier.getPausedSince(), end);
        int paused = dossier.getPausedWorkingDays() + currentPause;
        LocalDate due = days.plus(dossier.getAcceptedOn(), settings.limit() + paused);
        int used = days.between(dossier.getAcceptedOn(), end) - paused;
        int left = end.isAfter(due) ? -days.between(due, end) : days.between(end, due);
        boolean running = dossier.getPausedSince() == null && dossier.getState().clockRunning();
        return new DossierClock(running, due, Math.max(used, 0), paused, left, running && isNearLimit(left), left < 0);
    }

    /** Whether a decision taken today keeps to the statutory limit (no clock started counts as within it). */
    boolean withinLimitToday(Dossier dossier) {
        return !of(dossier).overdue();
    }

    /** Working days from today until {@code due}; negative once it has passed. */
    public int workingDaysLeft(LocalDate due) {
        WorkingDays days = calendar.workingDays();
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(due) ? -days.between(due, today) : days.between(today, due);
    }

    /** Within the warning period before a due date (five working days by default). */
    public boolean isNearLimit(int workingDaysLeft) {
        return workingDaysLeft <= settings.warning();
    }

    /** The intake check's due date: a few working days after the (re)submission. */
    public LocalDate intakeDue(Dossier dossier) {
        LocalDate from = dossier.getSubmittedOn() == null ? LocalDate.now(clock) : dossier.getSubmittedOn();
        return calendar.workingDays().plus(from, settings.intake());
    }

    /** The day a task due on {@code due} is flagged and escalated. */
    public LocalDate warningDay(LocalDate due) {
        return calendar.workingDays().minus(due, settings.warning());
    }

    /** The last day for a supplement requested today, {@code workingDays} from now (the setting if null). */
    public LocalDate supplementDeadline(Integer workingDays) {
        return calendar.workingDays().plus(LocalDate.now(clock), workingDays == null ? settings.supplement() : workingDays);
    }

    int workingDaysSince(LocalDate day) {
        return day == null ? 0 : calendar.workingDays().between(day, LocalDate.now(clock));
    }
}
