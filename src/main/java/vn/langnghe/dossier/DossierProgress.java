package vn.langnghe.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.PlainText;
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
        Dossier dossier = lock(id);
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
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON || !PlainText.isClean(reason, true)) {
            throw new InvalidInputException(Problem.of("reason", "review.error.reason"));
        }
        if (workingDays != null && (workingDays < 1 || workingDays > MAX_SUPPLEMENT_DAYS)) {
            throw new InvalidInputException(Problem.of("deadlineDays", "review.error.deadlineDays", MAX_SUPPLEMENT_DAYS));
        }
        Dossier dossier = lock(id);
        LocalDate deadline = statutoryClock.supplementDeadline(workingDays);
        dossier.returnForSupplement(stage, reason.strip(), deadline, LocalDate.now(clock), clock.instant());
        record(dossier, actor, stage == ReviewStage.INTAKE ? "RETURNED" : "SUPPLEMENT_REQUESTED", reason.strip());
        publisher.publishEvent(new DossierProgressed(id, dossier.getCommuneId(), DossierProgressed.Kind.RETURNED,
                reason.strip(), deadline));
        return deadline;
    }

    /** Appraised with a recommendation: waits for the council. */
    public Dossier awaitCouncil(String actor, Long id, boolean recommended, String opinion) {
        Dossier dossier = lock(id);
        dossier.awaitCouncil(clock.instant());
        record(dossier, actor, recommended ? "RECOMMENDED" : "NOT_RECOMMENDED", opinion);
        return dossier;
    }

    /** Put on the agenda of a council round that opens now; refused unless the dossier waits for a council. */
    public Dossier enterCouncil(String actor, Long id, String roundName) {
        Dossier dossier = lock(id);
        if (dossier.getState() != DossierState.AWAITING_COUNCIL) {
            throw new ConflictException("dossier.error.stateChanged");
        }
        dossier.enterCouncil(clock.instant());
        record(dossier, actor, "IN_COUNCIL", roundName);
        return dossier;
    }

    /** The council recommended the dossier: the leader decides next. */
    public void councilRecommended(String actor, Long id, String tally) {
        Dossier dossier = inCouncil(id);
        dossier.awaitDecision(clock.instant());
        record(dossier, actor, "COUNCIL_RECOMMENDED", tally);
    }

    /** The council did not recommend the dossier: the procedure ends and the commune is told. */
    public void councilNotRecommended(String actor, Long id, String tally) {
        Dossier dossier = inCouncil(id);
        decide(dossier, DossierState.NOT_RECOMMENDED, null);
        record(dossier, actor, "COUNCIL_NOT_RECOMMENDED", tally);
        publisher.publishEvent(new DossierProgressed(id, dossier.getCommuneId(), DossierProgressed.Kind.NOT_RECOMMENDED,
                null, null));
    }

    /** Too few members voted on the dossier: it waits for a later round. */
    public void councilWithoutQuorum(String actor, Long id, String tally) {
        Dossier dossier = inCouncil(id);
        dossier.awaitNextCouncil(clock.instant());
        record(dossier, actor, "COUNCIL_NO_QUORUM", tally);
    }

    /**
     * The leader approved the dossier under decision {@code decisionNumber}: the title is granted, the
     * registry records it (a synchronous listener, in this transaction) and the commune is told.
     */
    public Dossier recognise(String actor, Long id, String decisionNumber) {
        Dossier dossier = awaitingDecision(id);
        decide(dossier, DossierState.RECOGNISED, null);
        record(dossier, actor, "RECOGNISED", decisionNumber);
        publisher.publishEvent(new DossierRecognised(id, dossier.getCommuneId(), dossier.getTitle(),
                dossier.getVillageEntryId(), dossier.getVillageName(), List.copyOf(dossier.getHamlets()), dossier.getActivityGroup(),
                dossier.getCraft(), decisionNumber, dossier.getDecidedOn()));
        publisher.publishEvent(new DossierProgressed(id, dossier.getCommuneId(), DossierProgressed.Kind.RECOGNISED,
                decisionNumber, null));
        return dossier;
    }

    /** The leader rejected the dossier; the reason is required and the commune sees it. */
    public Dossier reject(String actor, Long id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON || !PlainText.isClean(reason, true)) {
            throw new InvalidInputException(Problem.of("reason", "decision.error.reason"));
        }
        Dossier dossier = awaitingDecision(id);
        decide(dossier, DossierState.REJECTED, reason.strip());
        record(dossier, actor, "REJECTED", reason.strip());
        publisher.publishEvent(new DossierProgressed(id, dossier.getCommuneId(), DossierProgressed.Kind.REJECTED,
                reason.strip(), null));
        return dossier;
    }

    private void decide(Dossier dossier, DossierState outcome, String reason) {
        dossier.decide(outcome, reason, LocalDate.now(clock), statutoryClock.withinLimitToday(dossier), clock.instant());
    }

    private Dossier inCouncil(Long id) {
        return inState(id, DossierState.IN_COUNCIL);
    }

    private Dossier awaitingDecision(Long id) {
        return inState(id, DossierState.AWAITING_DECISION);
    }

    private Dossier inState(Long id, DossierState expected) {
        Dossier dossier = lock(id);
        if (dossier.getState() != expected) {
            throw new ConflictException("dossier.error.stateChanged");
        }
        return dossier;
    }

    /** The optional district step gave its opinion; intake follows. */
    public void districtAppraised(String actor, Long id, String opinion) {
        record(lock(id), actor, "DISTRICT_APPRAISED", opinion);
    }

    /** Writes pending changes now, so a database refusal surfaces inside the caller's transaction. */
    public void flush() {
        dossiers.flush();
    }

    /** Not supplemented by the deadline: closed, and the commune is told why. */
    public Dossier withdraw(Long id) {
        Dossier dossier = lock(id);
        LocalDate deadline = dossier.getSupplementDeadline();
        dossier.withdraw(clock.instant());
        record(dossier, "he-thong", "WITHDRAWN", deadline == null ? null : deadline.toString());
        publisher.publishEvent(new DossierProgressed(id, dossier.getCommuneId(), DossierProgressed.Kind.WITHDRAWN,
                null, deadline));
        return dossier;
    }

    /**
     * Locks the dossier's row to the end of the transaction: the workflow calls this first in every command on a
     * dossier's task, before it reads the task again and changes anything, so such commands queue in one order.
     */
    public Dossier lock(Long id) {
        return lockIfPresent(id).orElseThrow(() -> new NotFoundException("Dossier", id));
    }

    /** {@link #lock}, empty when there is no such dossier. */
    public Optional<Dossier> lockIfPresent(Long id) {
        return dossiers.lockById(id);
    }

    /** The dossier as the workflow sees it (no commune scoping: the workflow has checked the task). */
    @Transactional(readOnly = true)
    public Dossier find(Long id) {
        return dossiers.findById(id).orElseThrow(() -> new NotFoundException("Dossier", id));
    }

    /** Dossiers appraised and waiting for a council round, oldest first. */
    @Transactional(readOnly = true)
    public List<Dossier> awaitingCouncil() {
        return dossiers.findByStateOrderByUpdatedAtAsc(DossierState.AWAITING_COUNCIL);
    }

    @Transactional(readOnly = true)
    public List<Dossier> findAll(Collection<Long> ids) {
        return dossiers.findAllById(ids);
    }

    private void record(Dossier dossier, String actor, String type, String detail) {
        events.record(dossier, clock.instant(), actor, type, detail);
    }
}
