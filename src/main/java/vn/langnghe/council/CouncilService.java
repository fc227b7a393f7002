package vn.langnghe.council;

import vn.langnghe.dossier.DossierState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.PlainText;
import vn.langnghe.common.Problem;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccount;
import vn.langnghe.identity.UserAccounts;

/**
 * Sets up council rounds, records the votes and closes rounds with a result per dossier. Department staff
 * (intake officers and reviewers) prepare and open rounds; only the chair may close one early, and only
 * with a quorum present. Votes stay secret until the round closes.
 */
@Service
@Transactional
@EnableConfigurationProperties(CouncilSettings.class)
public class CouncilService {

    static final int MAX_NAME = 200;
    static final int MAX_OPINION = 4000;
    static final int MAX_REMARK = 2000;

    private final CouncilRounds rounds;
    private final AgendaItems agenda;
    private final Votes votes;
    private final UserAccounts accounts;
    private final DossierProgress progress;
    private final CouncilMinutes minutes;
    private final CouncilSettings settings;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CouncilService(CouncilRounds rounds, AgendaItems agenda, Votes votes, UserAccounts accounts,
            DossierProgress progress, CouncilMinutes minutes, CouncilSettings settings,
            ApplicationEventPublisher publisher, Clock clock) {
        this.rounds = rounds;
        this.agenda = agenda;
        this.votes = votes;
        this.accounts = accounts;
        this.progress = progress;
        this.minutes = minutes;
        this.settings = settings;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A closed round's conclusion on one dossier. */
    public record Outcome(Long dossierId, CouncilResult result, Tally tally) {
    }

    public CouncilRound create(SignedInUser user, RoundRequest request) {
        requireOrganiser(user);
        List<Problem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || !PlainText.isClean(name, false)) {
            problems.add(Problem.of("name", "council.error.name", MAX_NAME));
        }
        List<CouncilMember> members = members(request.members(), problems);
        int size = members.size();
        if (request.chair() == null || members.stream().noneMatch(m -> m.username().equals(request.chair()))) {
            problems.add(Problem.of("chair", "council.error.chair"));
        }
        int quorum = request.quorum() == null ? settings.defaultQuorum(size) : request.quorum();
        if (quorum < 1 || (size > 0 && quorum > size)) {
            problems.add(Problem.of("quorum", "council.error.quorum", Math.max(size, 1)));
        }
        int threshold = request.threshold() == null ? settings.thresholdPercent() : request.threshold();
        if (threshold < 1 || threshold > 99) {
            problems.add(Problem.of("threshold", "council.error.threshold"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rounds.save(new CouncilRound(name, members, request.chair(), quorum, threshold, user.username(),
                clock.instant()));
    }

    private List<CouncilMember> members(List<String> usernames, List<Problem> problems) {
        if (usernames == null || usernames.isEmpty()) {
            problems.add(Problem.of("members", "council.error.noMembers"));
            return List.of();
        }
        List<CouncilMember> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String username : usernames) {
            Optional<UserAccount> account = username == null ? Optional.empty() : accounts.findByUsername(username);
            if (account.isEmpty() || account.get().getRole() != Role.COUNCIL_MEMBER || !account.get().isEnabled()) {
                problems.add(Problem.of("members", "council.error.notCouncilMember", String.valueOf(username)));
            } else if (!seen.add(username)) {
                problems.add(Problem.of("members", "council.error.duplicateMember", username));
            } else {
                members.add(new CouncilMember(username, account.get().getFullName()));
            }
        }
        return members;
    }

    /**
     * Sets the agenda of a round still being prepared. Each dossier must wait for a council and not be on
     * another round's agenda already.
     */
    public CouncilRound setAgenda(SignedInUser user, Long roundId, List<Long> dossierIds) {
        requireOrganiser(user);
        CouncilRound round = inStatus(roundId, CouncilStatus.DRAFT);
        List<Long> ids = dossierIds == null ? List.of() : dossierIds.stream().distinct().toList();
        Map<Long, Dossier> found = new HashMap<>();
        // Locked in id order (after the round), so two rounds reaching for one dossier queue: the second sees the
        // first's agenda.
        ids.stream().filter(Objects::nonNull).sorted().forEach(id -> progress.lockIfPresent(id)
                .ifPresent(d -> found.put(d.getId(), d)));
        List<Problem> problems = new ArrayList<>();
        for (Long id : ids) {
            Dossier dossier = found.get(id);
            if (dossier == null || dossier.getState() != DossierState.AWAITING_COUNCIL) {
                problems.add(Problem.of("dossierIds", "council.error.dossierNotWaiting", String.valueOf(id)));
            }
        }
        agenda.findPending(ids).stream().filter(item -> !item.getRoundId().equals(roundId))
                .forEach(item -> problems.add(Problem.of("dossierIds", "council.error.onAnotherAgenda",
                        String.valueOf(item.getDossierId()))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        agenda.deleteByRoundId(roundId);
        agenda.flush();
        ids.forEach(id -> agenda.save(new AgendaItem(roundId, id)));
        return round;
    }

    /** Opens the round for votes: every member gets a ballot per dossier. */
    public CouncilRound open(SignedInUser user, Long roundId) {
        requireOrganiser(user);
        CouncilRound round = inStatus(roundId, CouncilStatus.DRAFT);
        List<AgendaItem> items = agenda.findByRoundIdOrderByIdAsc(roundId);
        if (items.isEmpty()) {
            throw new ConflictException("council.error.emptyAgenda");
        }
        items.stream().map(AgendaItem::getDossierId).sorted()
                .forEach(id -> progress.enterCouncil(user.username(), id, round.getName()));
        round.open(clock.instant());
        rounds.flush();
        publisher.publishEvent(new CouncilRoundOpened(roundId));
        return round;
    }

    /** The chair closes the round before every ballot is in; refused without a quorum of participants. */
    public void requestClose(SignedInUser user, Long roundId) {
        CouncilRound round = inStatus(roundId, CouncilStatus.OPEN);
        if (!round.getChair().equals(user.username())) {
            throw new AccessDeniedException("Only the chair closes round " + roundId);
        }
        if (votes.countParticipants(roundId) < round.getQuorum()) {
            throw new ConflictException("council.error.noQuorumToClose");
        }
        publisher.publishEvent(new CouncilCloseRequested(roundId));
    }

    /** Records a member's ballot; the workflow has checked that the ballot is theirs and still open. */
    public Vote recordVote(Long roundId, Long dossierId, String member, VoteOutcome outcome, String opinion,
            Map<String, String> remarks) {
        List<Problem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(Problem.of("outcome", "task.error.outcome"));
        }
        String text = opinion == null ? "" : opinion.strip();
        // Agreeing needs no words; disagreeing and recusing must say why.
        boolean reasonRequired = outcome != VoteOutcome.AGREE;
        if ((text.isEmpty() && reasonRequired) || text.length() > MAX_OPINION || !PlainText.isClean(text, true)) {
            problems.add(Problem.of("opinion", outcome == VoteOutcome.RECUSE ? "council.error.recusalReason"
                    : "council.error.opinion", MAX_OPINION));
        }
        Map<String, String> kept = new LinkedHashMap<>();
        (remarks == null ? Map.<String, String>of() : remarks).forEach((criterion, remark) -> {
            if (criterion != null && remark != null && !remark.isBlank()) {
                if (remark.strip().length() > MAX_REMARK || criterion.length() > 60 || !PlainText.isClean(remark, true)) {
                    problems.add(Problem.of("remarks." + criterion, "council.error.remark", MAX_REMARK));
                } else {
                    kept.put(criterion, remark.strip());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CouncilRound round = inStatus(roundId, CouncilStatus.OPEN);
        if (!round.isMember(member)) {
            throw new AccessDeniedException(member + " is not a member of round " + roundId);
        }
        if (votes.existsByRoundIdAndDossierIdAndMember(roundId, dossierId, member)) {
            throw new ConflictException("task.error.done");
        }
        return votes.save(new Vote(roundId, dossierId, member, outcome, text, kept, clock.instant()));
    }

    /**
     * Closes the round: counts the ballots per dossier, applies the thresholds, moves each dossier on and
     * issues the minutes. Called by the workflow when the last ballot is in or the chair closes the round.
     */
    public List<Outcome> close(Long roundId, boolean byChair) {
        CouncilRound round = inStatus(roundId, CouncilStatus.OPEN);
        round.close(byChair, clock.instant());
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : votes.countByDossierAndOutcome(roundId)) {
            counts.computeIfAbsent((Long) row[0], id -> new int[VoteOutcome.values().length])
                    [((VoteOutcome) row[1]).ordinal()] = ((Long) row[2]).intValue();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (AgendaItem item : agenda.findByRoundIdOrderByIdAsc(roundId)) {
            int[] c = counts.getOrDefault(item.getDossierId(), new int[VoteOutcome.values().length]);
            Tally tally = new Tally(round.getMembers().size(), c[VoteOutcome.AGREE.ordinal()],
                    c[VoteOutcome.DISAGREE.ordinal()], c[VoteOutcome.RECUSE.ordinal()]);
            CouncilResult result = tally.result(round.getQuorum(), round.getThresholdPercent());
            item.conclude(tally, result);
            String summary = round.getName() + ": " + tally.agree() + "/" + tally.disagree() + "/" + tally.recused();
            switch (result) {
                case RECOMMENDED -> progress.councilRecommended(round.getChair(), item.getDossierId(), summary);
                case NOT_RECOMMENDED -> progress.councilNotRecommended(round.getChair(), item.getDossierId(), summary);
                case NO_QUORUM -> progress.councilWithoutQuorum(round.getChair(), item.getDossierId(), summary);
            }
            outcomes.add(new Outcome(item.getDossierId(), result, tally));
        }
        minutes.issue(round, outcomes, votes.findByRoundIdOrderByDossierIdAscCastAtAsc(roundId));
        return outcomes;
    }

    @Transactional(readOnly = true)
    public Page<CouncilRound> list(SignedInUser user, Pageable page) {
        return user.role() == Role.COUNCIL_MEMBER ? rounds.findByMember(user.username(), page)
                : rounds.findAllByOrderByCreatedAtDesc(page);
    }

    /** The round, if the user may see it: department staff and the leader see every round, members their own. */
    @Transactional(readOnly = true)
    public CouncilRound get(SignedInUser user, Long roundId) {
        CouncilRound round = find(roundId);
        boolean allowed = switch (user.role()) {
            case INTAKE_OFFICER, REVIEWER, LEADER -> true;
            case COUNCIL_MEMBER -> round.isMember(user.username());
            default -> false;
        };
        if (!allowed) {
            throw new NotFoundException("CouncilRound", roundId);
        }
        return round;
    }

    /** The round's agenda, with results once it is closed (before that the results are empty). */
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(SignedInUser user, Long roundId) {
        get(user, roundId);
        return agenda.findByRoundIdOrderByIdAsc(roundId);
    }

    /** The ballots of a closed round; none while it is open (votes are secret until then). */
    @Transactional(readOnly = true)
    public List<Vote> ballots(SignedInUser user, Long roundId) {
        CouncilRound round = get(user, roundId);
        return round.getStatus() == CouncilStatus.CLOSED ? votes.findByRoundIdOrderByDossierIdAscCastAtAsc(roundId)
                : List.of();
    }

    /** How many members have answered at least one ballot: the chair needs a quorum of them to close. */
    @Transactional(readOnly = true)
    public long participants(SignedInUser user, Long roundId) {
        get(user, roundId);
        return votes.countParticipants(roundId);
    }

    /** Dossiers that can go on an agenda: waiting for a council and on no round's agenda yet. */
    @Transactional(readOnly = true)
    public List<Dossier> candidates() {
        List<Dossier> waiting = progress.awaitingCouncil();
        Set<Long> taken = new HashSet<>();
        agenda.findPending(waiting.stream().map(Dossier::getId).toList()).forEach(i -> taken.add(i.getDossierId()));
        return waiting.stream().filter(d -> !taken.contains(d.getId())).toList();
    }

    /** The council members a round can be made of. */
    @Transactional(readOnly = true)
    public List<UserAccount> eligibleMembers() {
        return accounts.findByRoleAndEnabledTrueOrderByFullName(Role.COUNCIL_MEMBER);
    }

    /** The last closed round that concluded on the dossier, with its conclusion (for the case file and decision). */
    @Transactional(readOnly = true)
    public Optional<Concluded> latestConclusion(Long dossierId) {
        return agenda.latestConcluded(dossierId).map(item -> new Concluded(find(item.getRoundId()), item,
                votes.findByRoundIdAndDossierIdOrderByCastAtAsc(item.getRoundId(), dossierId)));
    }

    /** A closed round's conclusion on one dossier, with its ballots. */
    public record Concluded(CouncilRound round, AgendaItem item, List<Vote> ballots) {
    }

    /** The round's dossiers and members, for the workflow that opens the ballots. */
    @Transactional(readOnly = true)
    public List<Long> agendaDossiers(Long roundId) {
        return agenda.findByRoundIdOrderByIdAsc(roundId).stream().map(AgendaItem::getDossierId).toList();
    }

    @Transactional(readOnly = true)
    public List<String> memberUsernames(Long roundId) {
        return find(roundId).getMembers().stream().map(CouncilMember::username).toList();
    }

    private void requireOrganiser(SignedInUser user) {
        if (user.role() != Role.INTAKE_OFFICER && user.role() != Role.REVIEWER) {
            throw new AccessDeniedException(user.username() + " may not organise council rounds");
        }
    }

    /**
     * Locks the round's row to the end of the transaction: every command that changes a round (agenda, open, close,
     * a ballot) takes it first, then its dossiers in id order, so the last ballots and the chair's close queue and
     * the round closes once.
     */
    public CouncilRound lock(Long roundId) {
        return rounds.lockById(roundId).orElseThrow(() -> new NotFoundException("CouncilRound", roundId));
    }

    private CouncilRound inStatus(Long roundId, CouncilStatus status) {
        CouncilRound round = lock(roundId);
        if (round.getStatus() != status) {
            throw new ConflictException("council.error.status." + status.name());
        }
        return round;
    }

    private CouncilRound find(Long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("CouncilRound", roundId));
    }
}
