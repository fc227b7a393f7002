package vn.langnghe.village;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;
import vn.langnghe.criteria.FigureRules;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * The registry for the screens and the API alike, so the permission checks live here: a commune officer
 * sees only the entries now in their own commune (another commune's answers "not found") and files
 * their yearly reports; provincial roles read everything; the revocation procedure revokes.
 */
@Service
@Transactional
@EnableConfigurationProperties({ReviewSettings.class, YearlyCycle.class})
public class RegistryService {

    private static final Set<Role> PROVINCIAL_READERS = EnumSet.of(Role.DISTRICT_REVIEWER, Role.INTAKE_OFFICER,
            Role.REVIEWER, Role.COUNCIL_MEMBER, Role.LEADER, Role.PROVINCIAL_STAFF);
    private static final int MAX_DECISION_NUMBER = 64;
    private static final int MAX_REASON = 2000;
    private static final RegistryQueries.Scope OPEN_DATA = new RegistryQueries.Scope(null, true);

    private final RegistryEntries entries;
    private final LabourReports reports;
    private final RegistryQueries queries;
    private final Validator validator;
    private final ReviewRule reviewRule;
    private final Clock clock;

    RegistryService(RegistryEntries entries, LabourReports reports, RegistryQueries queries, Validator validator,
            ReviewSettings reviewSettings, Clock clock) {
        this.entries = entries;
        this.reports = reports;
        this.queries = queries;
        this.validator = validator;
        this.reviewRule = new ReviewRule(reviewSettings);
        this.clock = clock;
    }

    /** A page of the entries the user may see, in name order; the window's total is what {@link #count} gave. */
    @Transactional(readOnly = true)
    public List<RegistryRow> page(SignedInUser user, RegistryFilter filter, PageWindow window) {
        return queries.page(filter, scope(user), window);
    }

    @Transactional(readOnly = true)
    public long count(SignedInUser user, RegistryFilter filter) {
        return queries.count(filter, scope(user));
    }

    /** Every entry the user may see that matches, one at a time, for exports. */
    @Transactional(readOnly = true)
    public void forEach(SignedInUser user, RegistryFilter filter, Consumer<RegistryRow> sink) {
        queries.forEach(filter, scope(user), sink);
    }

    /** {@link AccessDeniedException} unless the user may read the registry (checked before a download starts). */
    public void requireReader(SignedInUser user) {
        visibleCommune(user);
    }

    /** The open data: recognised entries only, for anyone, signed in or not. */
    @Transactional(readOnly = true)
    public List<RegistryRow> openDataPage(RegistryFilter filter, PageWindow window) {
        return queries.page(filter, OPEN_DATA, window);
    }

    @Transactional(readOnly = true)
    public long openDataCount(RegistryFilter filter) {
        return queries.count(filter, OPEN_DATA);
    }

    @Transactional(readOnly = true)
    public void openDataForEach(RegistryFilter filter, Consumer<RegistryRow> sink) {
        queries.forEach(filter, OPEN_DATA, sink);
    }

    /** The entry's registry line, or {@link NotFoundException} when it does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    public RegistryRow row(SignedInUser user, Long id) {
        return queries.one(entry(user, id).getId()).orElseThrow(() -> new NotFoundException("Registry entry", id));
    }

    /** The entry, or {@link NotFoundException} when it does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    public RegistryEntry entry(SignedInUser user, Long id) {
        Long commune = visibleCommune(user);
        return (commune == null ? entries.findById(id) : entries.findByIdAndCurrentCommuneId(id, commune))
                .orElseThrow(() -> new NotFoundException("Registry entry", id));
    }

    /** The current report of each year, oldest year first; empty when none was filed. */
    @Transactional(readOnly = true)
    public List<LabourReport> reports(SignedInUser user, Long id) {
        return reports.findByEntryIdAndCurrentTrueOrderByYearAsc(entry(user, id).getId());
    }

    /** Every revision filed for that year, the first one first. */
    @Transactional(readOnly = true)
    public List<LabourReport> revisions(SignedInUser user, Long id, int year) {
        return reports.findByEntryIdAndYearOrderByRevisionAsc(entry(user, id).getId(), year);
    }

    /** The review flags of a recognised village, judged on the last full year; empty for anything else. */
    @Transactional(readOnly = true)
    public Set<ReviewFlag> reviewFlags(SignedInUser user, Long id) {
        RegistryEntry entry = entry(user, id);
        if (entry.getKind() != EntryKind.VILLAGE || !entry.getStatus().titleInForce()) {
            return Set.of();
        }
        return reviewRule.flags(reports.findByEntryIdAndYearAndCurrentTrue(id, lastFullYear()).orElse(null));
    }

    /** The participation share below which a village is flagged, in per cent (the province's setting). */
    public int participationThreshold() {
        return reviewRule.settings().minimumParticipationPercent();
    }

    public int lastFullYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /** Whether the user may file yearly reports for this entry (a commune officer of its commune, title in force). */
    @Transactional(readOnly = true)
    public boolean mayReport(SignedInUser user, RegistryEntry entry) {
        return user.role() == Role.COMMUNE_OFFICER && entry.getCurrentCommuneId().equals(user.communeId())
                && entry.getKind() == EntryKind.VILLAGE && entry.getStatus().titleInForce();
    }

    /**
     * Files the commune's figures for a recognised village of its own commune. Refused with every problem
     * and nothing stored when a figure is wrong. A second report for the same year is a correction: it
     * becomes the current one and the previous one is kept.
     */
    public LabourReport fileReport(SignedInUser user, Long id, LabourFigures figures) {
        if (user.role() != Role.COMMUNE_OFFICER) {
            throw new AccessDeniedException("Only commune officers file yearly reports");
        }
        RegistryEntry entry = entry(user, id);
        if (!mayReport(user, entry)) {
            throw new ConflictException("report.error.notRecognised");
        }
        List<Problem> problems = check(figures);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return store(entry, figures, false, user.username());
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("report.error.filedMeanwhile");
        }
    }

    /** Stores a checked report as the year's current one, keeping the one it replaces. */
    LabourReport store(RegistryEntry entry, LabourFigures figures, boolean illustrative, String filedBy) {
        List<LabourReport> earlier = reports.findByEntryIdAndYearOrderByRevisionAsc(entry.getId(), figures.getYear());
        earlier.forEach(LabourReport::supersede);
        reports.saveAllAndFlush(earlier);
        return reports.saveAndFlush(new LabourReport(entry.getId(), earlier.size() + 1, figures, illustrative,
                filedBy, clock.instant()));
    }

    /** The problems with a report's figures, empty when it may be stored. */
    List<Problem> check(LabourFigures figures) {
        List<Problem> problems = new ArrayList<>(Problem.of(validator.validate(figures)));
        int thisYear = LocalDate.now(clock).getYear();
        if (figures.getYear() != null
                && (figures.getYear() < FigureRules.EARLIEST_PRODUCTION_YEAR || figures.getYear() > thisYear)) {
            problems.add(Problem.of("year", "report.error.year", String.valueOf(FigureRules.EARLIEST_PRODUCTION_YEAR),
                    String.valueOf(thisYear)));
        }
        problems.addAll(FigureRules.check(LocalDate.now(clock), figures.getTotalHouseholds(),
                figures.getParticipatingHouseholds(), List.of(), null));
        problems.addAll(FigureRules.workers(figures.getWorkersTotal(), figures.getWorkersRegular()));
        return problems;
    }

    /**
     * The revocation procedure has started for a recognised entry (review → proposal → decision).
     * {@link ConflictException} when its title is not in force.
     */
    public RegistryEntry startReview(Long id) {
        RegistryEntry entry = entries.findById(id).orElseThrow(() -> new NotFoundException("Registry entry", id));
        if (entry.getStatus() != RegistryStatus.RECOGNISED) {
            throw new ConflictException("registry.error.notRecognised");
        }
        entry.startReview();
        return entries.saveAndFlush(entry);
    }

    /**
     * Records the provincial decision withdrawing the title (docs/domain.md §3 step 7). Refused with
     * {@link InvalidInputException} when the decision number, reason or date is missing or too long, and
     * with {@link ConflictException} when the title is not in force.
     */
    public RegistryEntry revoke(Long id, String decisionNumber, String reason, LocalDate date) {
        RegistryEntry entry = entries.findById(id).orElseThrow(() -> new NotFoundException("Registry entry", id));
        List<Problem> problems = new ArrayList<>();
        if (decisionNumber == null || decisionNumber.isBlank() || decisionNumber.length() > MAX_DECISION_NUMBER) {
            problems.add(Problem.of("decisionNumber", "registry.error.decisionNumber", MAX_DECISION_NUMBER));
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            problems.add(Problem.of("reason", "registry.error.reason", MAX_REASON));
        }
        if (date == null || date.isAfter(LocalDate.now(clock))
                || (entry.getRecognisedOn() != null && date.isBefore(entry.getRecognisedOn()))) {
            problems.add(Problem.of("date", "registry.error.revocationDate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!entry.getStatus().titleInForce()) {
            throw new ConflictException("registry.error.notRecognised");
        }
        entry.revoke(decisionNumber.strip(), reason.strip(), date);
        return entries.saveAndFlush(entry);
    }

    private static RegistryQueries.Scope scope(SignedInUser user) {
        return new RegistryQueries.Scope(visibleCommune(user), false);
    }

    /** The commune whose entries the user sees: their own for a commune officer, null (all) for the province. */
    private static Long visibleCommune(SignedInUser user) {
        if (user.role() == Role.COMMUNE_OFFICER) {
            return user.communeId();
        }
        if (PROVINCIAL_READERS.contains(user.role())) {
            return null;
        }
        throw new AccessDeniedException("Role " + user.role() + " does not read the registry");
    }
}
