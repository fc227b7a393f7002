package vn.langnghe.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;

/**
 * The provincial review's effects on a dossier, called by the workflow inside the transaction that
 * completes the task, so the dossier and the engine change together. Who may act is decided by the
 * workflow (the task's candidate group and assignee) before it calls here.
 */
@Service
@Transactional
public class DossierProgress {

    private static final int MAX_REASON = 2000;
    private static final int MAX_SUPPLEMENT_DAYS = 60;

    private final Dossiers dossiers;
    private final DossierEvents events;
    private final StatutoryClock statutoryClock;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    DossierProgress(Dossiers dossiers, DossierEvents events, StatutoryClock statutoryClock,
            ApplicationEventPublisher publisher, Clock clock) {
        this.dossiers = dossiers;
        this.events = events;
        this.statutoryClock = statutoryClock;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Accepted as valid at intake: the statutory clock starts today. */
    public Dossier accept(String actor, Long id) {
        Dossier dossier = find(id);
        dossier.accept(LocalDate.now(clock), clock.instant());
        record(dossier, actor, "ACCEPTED", null);
        publisher.publishEvent(new DossierProgressed(id, dossier.getCommuneId(), DossierProgressed.Kind.ACCEPTED,
                null, null));
        return dossier;
    }

    /**
     * Sends the dossier back to its commune with a reason and a deadline ({@code workingDays} from today,
     * the province's default when null); the clock pauses. Returns the deadline.
     */
    public LocalDate returnForSupplement(String actor, Long id, ReviewStage stage, String reason, Integer workingDays) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidInputException(Problem.of("reason", "review.error.reason"));
        }
        if (workingDays != null && (workingDays < 1 || workingDays > MAX_SUPPLEMENT_DAYS)) {
            throw new InvalidInputException(Problem.of("deadlineDays", "review.error.deadlineDays", MAX_SUPPLEMENT_DAYS));
        }
        Dossier dossier = find(id);
        LocalDate deadline = statutoryClock.supplementDeadline(workingDays);
        dossier.returnForSupplement(stage, reason.strip(), deadline, LocalDate.now(clock), clock.instant());
        record(dossier, actor, stage == ReviewStage.INTAKE ? "RETURNED" : "SUPPLEMENT_REQUESTED", reason.strip());
        publisher.publishEvent(new DossierProgressed(id, dossier.getCommuneId(), DossierProgressed.Kind.RETURNED,
                reason.strip(), deadline));
        return deadline;
    }

    /** Appraised with a recommendation: waits for the council. */
    public Dossier awaitCouncil(String actor, Long id, boolean recommended, String opinion) {
        Dossier dossier = find(id);
        dossier.awaitCouncil(clock.instant());
        record(dossier, actor, recommended ? "RECOMMENDED" : "NOT_RECOMMENDED", opinion);
        return dossier;
    }

    /** The optional district step gave its opinion; intake follows. */
    public void districtAppraised(String actor, Long id, String opinion) {
        record(find(id), actor, "DISTRICT_APPRAISED", opinion);
    }

    /** Writes pending changes now, so a database refusal surfaces inside the caller's transaction. */
    public void flush() {
        dossiers.flush();
    }

    /** Not supplemented by the deadline: closed, and the commune is told why. */
    public Dossier withdraw(Long id) {
        Dossier dossier = find(id);
        LocalDate deadline = dossier.getSupplementDeadline();
        dossier.withdraw(clock.instant());
        record(dossier, "he-thong", "WITHDRAWN", deadline == null ? null : deadline.toString());
        publisher.publishEvent(new DossierProgressed(id, dossier.getCommuneId(), DossierProgressed.Kind.WITHDRAWN,
                null, deadline));
        return dossier;
    }

    /** The dossier as the workflow sees it (no commune scoping: the workflow has checked the task). */
    @Transactional(readOnly = true)
    public Dossier find(Long id) {
        return dossiers.findById(id).orElseThrow(() -> new NotFoundException("Dossier", id));
    }

    @Transactional(readOnly = true)
    public List<Dossier> findAll(Collection<Long> ids) {
        return dossiers.findAllById(ids);
    }

    private void record(Dossier dossier, String actor, String type, String detail) {
        events.record(dossier, clock.instant(), actor, type, detail);
    }
}
