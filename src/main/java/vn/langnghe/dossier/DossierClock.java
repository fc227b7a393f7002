package vn.langnghe.dossier;

import java.time.LocalDate;

/**
 * Where a dossier stands against the statutory limit, in working days.
 *
 * @param running     false before acceptance and while paused or finished
 * @param dueDate     the last working day for the decision; null before acceptance
 * @param daysUsed    working days counted since acceptance, pauses excluded
 * @param daysPaused  working days spent with the commune for supplements
 * @param daysLeft    working days until the due date (negative when overdue)
 */
public record DossierClock(boolean running, LocalDate dueDate, int daysUsed, int daysPaused, int daysLeft,
        boolean nearLimit, boolean overdue) {

    static final DossierClock NOT_STARTED = new DossierClock(false, null, 0, 0, 0, false, false);
}
