package vn.langnghe.village;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.criteria.FigureRules;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * The annual review of the registry and the record of each entry's revocation procedure (docs/domain.md §3
 * step 7). The review judges every recognised village on the year's report with {@link ReviewRule} and
 * starts the procedure for each flagged one; the workflow, which checks whose task it is, reports each
 * later step here.
 */
@Service
@Transactional
public class RegistryReviews {

    private static final int MAX_NOTE = 2000;

    private final RegistryEntries entries;
    private final LabourReports reports;
    private final ReviewEvents events;
    private final RegistryService registry;
    private final ReviewRule rule;
    private final ApplicationEventPublisher publisher;
    private final YearlyCycle cycle;
    private final Clock clock;

    RegistryReviews(RegistryEntries entries, LabourReports reports, ReviewEvents events, RegistryService registry,
            ReviewSettings settings, ApplicationEventPublisher publisher, YearlyCycle cycle, Clock clock) {
        this.entries = entries;
        this.reports = reports;
        this.events = events;
        this.registry = registry;
        this.rule = new ReviewRule(settings);
        this.publisher = publisher;
        this.cycle = cycle;
        this.clock = clock;
    }

    /**
     * What an annual review did.
     *
     * @param judged  recognised villages judged on the year
     * @param started the entries whose procedure started, in id order; empty when none was flagged
     */
    public record Result(int year, int judged, List<Long> started) {
    }

    /**
     * Judges every recognised village (optionally of one commune) on its report for {@code year} and starts the
     * procedure for each flagged one. Villages already under review are skipped, as are those recognised after
     * the year (they owed no report for it). Provincial staff only; {@link InvalidInputException} for a year in
     * the future or before records began, and for a year whose reports are not yet due ({@link YearlyCycle}).
     */
    public Result annualReview(SignedInUser user, Integer year, Long communeId) {
        if (user.role() != Role.PROVINCIAL_STAFF) {
            throw new AccessDeniedException("Only provincial staff start the annual review");
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (year == null || year < FigureRules.EARLIEST_PRODUCTION_YEAR || year > thisYear) {
            throw new InvalidInputException(Problem.of("year", "revocation.error.year",
                    String.valueOf(FigureRules.EARLIEST_PRODUCTION_YEAR), String.valueOf(thisYear)));
        }
        // Before the reports are due every village would be flagged for a report it may still file.
        LocalDate due = cycle.reportDueFor(year);
        if (!LocalDate.now(clock).isAfter(due)) {
            throw new InvalidInputException(Problem.of("year", "revocation.error.reportsNotDue", String.valueOf(year),
                    VietnamTime.DATE.format(due), VietnamTime.DATE.format(due.plusDays(1))));
        }
        return review(year, communeId, user.username());
    }

    /**
     * The review the yearly cycle starts by itself on its day, after the reports fell due; recorded as started by
     * {@code actor}.
     */
    public Result scheduledReview(int year, String actor) {
        return review(year, null, actor);
    }

    /**
     * The communes (by current commune) with a village recognised by the end of {@code year}; with
     * {@code missingOnly}, only those with such a village that has no report for the year. Empty when none.
     */
    @Transactional(readOnly = true)
    public List<Long> communesOwingReports(int year, boolean missingOnly) {
        return candidates(year, null).stream()
                .filter(e -> !missingOnly || reports.findByEntryIdAndYearAndCurrentTrue(e.getId(), year).isEmpty())
                .map(RegistryEntry::getCurrentCommuneId).distinct().sorted().toList();
    }

    private List<RegistryEntry> candidates(int year, Long communeId) {
        return entries.findByKindAndStatusOrderById(EntryKind.VILLAGE, RegistryStatus.RECOGNISED)
                .stream().filter(e -> communeId == null || communeId.equals(e.getCurrentCommuneId()))
                .filter(e -> e.getRecognisedOn() == null || e.getRecognisedOn().getYear() <= year).toList();
    }

    private Result review(int year, Long communeId, String actor) {
        List<RegistryEntry> candidates = candidates(year, communeId);
        List<Long> started = new ArrayList<>();
        for (RegistryEntry entry : candidates) {
            Set<ReviewFlag> flags = rule.flags(reports.findByEntryIdAndYearAndCurrentTrue(entry.getId(), year).orElse(null));
            if (!flags.isEmpty()) {
                registry.startReview(entry.getId());
                record(entry.getId(), year, ReviewAction.STARTED, actor, flagNames(flags), null);
                publisher.publishEvent(new RegistryReviewStarted(entry.getId(), entry.getCurrentCommuneId(),
                        entry.getName(), entry.getTitle(), year, flags));
                started.add(entry.getId());
            }
        }
        return new Result(year, candidates.size(), List.copyOf(started));
    }

    /** The reviewer found the title still deserved: the entry is recognised again. */
    public void clear(String reviewer, Long entryId, String reason) {
        RegistryEntry entry = underReview(entryId);
        record(entryId, null, ReviewAction.CLEARED, reviewer, note("reason", reason), null);
        entry.endReview();
        entries.saveAndFlush(entry);
    }

    public void askCommune(String reviewer, Long entryId, String question) {
        underReview(entryId);
        record(entryId, null, ReviewAction.ASKED_COMMUNE, reviewer, note("question", question), null);
    }

    public void communeAnswered(String officer, Long entryId, String answer) {
        underReview(entryId);
        record(entryId, null, ReviewAction.COMMUNE_ANSWERED, officer, note("answer", answer), null);
    }

    /** The reviewer proposes revocation; the leader decides. */
    public void propose(String reviewer, Long entryId, String reason) {
        underReview(entryId);
        record(entryId, null, ReviewAction.PROPOSED, reviewer, note("reason", reason), null);
    }

    /** The leader keeps the title: the entry is recognised again. */
    public void keep(String leader, Long entryId, String reason) {
        RegistryEntry entry = underReview(entryId);
        record(entryId, null, ReviewAction.KEPT, leader, note("reason", reason), null);
        entry.endReview();
        entries.saveAndFlush(entry);
    }

    /** The leader's numbered decision withdrew the title; the entry stays in the registry as revoked. */
    public RegistryEntry revoked(String leader, Long entryId, String decisionNumber, String reason, LocalDate on) {
        underReview(entryId);
        record(entryId, null, ReviewAction.REVOKED, leader, note("reason", reason), decisionNumber);
        return registry.revoke(entryId, decisionNumber, reason, on);
    }

    /** The reason is checked before a number is taken, so a refused revocation uses no number. */
    public String checkedNote(String field, String text) {
        return note(field, text);
    }

    /** The entry's review steps, oldest first, for whoever may see the entry; empty when it was never reviewed. */
    @Transactional(readOnly = true)
    public List<ReviewEvent> history(SignedInUser user, Long entryId) {
        return events.findByEntryIdOrderByAtAscIdAsc(registry.entry(user, entryId).getId());
    }

    /**
     * Locks the entry's row to the end of the transaction: the workflow calls this first in every command on a
     * revocation task of the entry, before it reads the task again and changes anything, so such commands queue.
     */
    public void lock(Long entryId) {
        entries.lockById(entryId).orElseThrow(() -> new NotFoundException("Registry entry", entryId));
    }

    private RegistryEntry underReview(Long entryId) {
        RegistryEntry entry = entries.lockById(entryId).orElseThrow(() -> new NotFoundException("Registry entry", entryId));
        if (entry.getStatus() != RegistryStatus.UNDER_REVIEW) {
            throw new ConflictException("revocation.error.notUnderReview");
        }
        return entry;
    }

    private void record(Long entryId, Integer year, ReviewAction action, String actor, String note, String number) {
        events.save(new ReviewEvent(entryId, year, action, actor, clock.instant(), note, number));
    }

    private static String note(String field, String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_NOTE) {
            throw new InvalidInputException(Problem.of(field, "revocation.error." + field, MAX_NOTE));
        }
        return text.strip();
    }

    private static String flagNames(Set<ReviewFlag> flags) {
        return String.join(",", flags.stream().map(Enum::name).sorted().toList());
    }
}
