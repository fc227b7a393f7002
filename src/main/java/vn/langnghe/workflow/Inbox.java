package vn.langnghe.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;
import vn.langnghe.council.CouncilService;
import vn.langnghe.criteria.Title;
import vn.langnghe.decision.RecognitionDecisions;
import vn.langnghe.decision.RevocationDecisions;
import vn.langnghe.identity.Role;
import vn.langnghe.village.RegistryReviews;
import vn.langnghe.dossier.StatutoryClock;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.dossier.ReviewStage;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.review.AppraisalService;
import vn.langnghe.review.Recommendation;
import vn.langnghe.territory.AdministrativeUnit;
import vn.langnghe.territory.AdministrativeUnits;

/**
 * "Việc cần làm" for every provincial role: the tasks a user may take (their role is a candidate group)
 * and those assigned to them. Completing a task changes the dossier and the engine in one transaction.
 * A task the user's role may not see answers "not found"; one assigned to someone else is refused.
 */
@Service
@Transactional
public class Inbox {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final DossierProgress progress;
    private final AppraisalService appraisals;
    private final AdministrativeUnits units;
    private final StatutoryClock statutoryClock;
    private final CouncilService council;
    private final RecognitionDecisions decisions;
    private final RegistryReviews reviews;
    private final RevocationDecisions revocations;
    private final Clock clock;

    Inbox(TaskService tasks, RuntimeService runtime, HistoryService history, DossierProgress progress,
            AppraisalService appraisals, AdministrativeUnits units, StatutoryClock statutoryClock,
            CouncilService council, RecognitionDecisions decisions, RegistryReviews reviews,
            RevocationDecisions revocations, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.progress = progress;
        this.appraisals = appraisals;
        this.units = units;
        this.statutoryClock = statutoryClock;
        this.council = council;
        this.decisions = decisions;
        this.reviews = reviews;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** Filters of the inbox; null means any. */
    public record Filter(Step step, Title title, Long communeId, boolean overdueOnly) {

        public static final Filter NONE = new Filter(null, null, null, false);
    }

    @Transactional(readOnly = true)
    public List<InboxTask> list(SignedInUser user, Filter filter, int offset, int limit) {
        return present(query(user, filter).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(offset, limit));
    }

    private List<InboxTask> present(List<Task> page) {
        Map<String, Long> dossierIds = dossierIds(page);
        Map<Long, Dossier> dossiers = progress.findAll(dossierIds.values()).stream()
                .collect(Collectors.toMap(Dossier::getId, Function.identity()));
        Map<String, Map<String, Object>> villages = revocationVariables(page);
        List<Long> communeIds = java.util.stream.Stream.concat(dossiers.values().stream().map(Dossier::getCommuneId),
                villages.values().stream().map(v -> (Long) v.get(RecognitionProcess.COMMUNE_ID))).distinct().toList();
        Map<Long, String> communes = units.findAllById(communeIds).stream()
                .collect(Collectors.toMap(AdministrativeUnit::getId, AdministrativeUnit::getName));
        return page.stream().map(task -> {
            LocalDate due = task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(VietnamTime.ZONE).toLocalDate();
            int left = due == null ? 0 : statutoryClock.workingDaysLeft(due);
            Step step = Step.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow();
            Map<String, Object> village = villages.get(task.getProcessInstanceId());
            if (village != null) {
                Object title = village.get(RecognitionProcess.TITLE);
                return new InboxTask(task.getId(), step, null, task.getAssignee(), null, 0, false, false,
                        title == null ? null : Title.valueOf((String) title), (String) village.get(RevocationProcess.VILLAGE_NAME),
                        communes.get((Long) village.get(RecognitionProcess.COMMUNE_ID)),
                        (Long) village.get(RevocationProcess.VILLAGE_ID));
            }
            Dossier dossier = dossiers.get(dossierIds.get(task.getId()));
            return new InboxTask(task.getId(), step, dossier.getId(),
                    task.getAssignee(), task.getDueDate() == null ? null : task.getDueDate().toInstant(), left,
                    due != null && statutoryClock.isNearLimit(left), due != null && left < 0, dossier.getTitle(),
                    dossier.getVillageName(), communes.get(dossier.getCommuneId()), null);
        }).toList();
    }

    /** The village variables of each revocation process on the page, by process instance id. One query. */
    private Map<String, Map<String, Object>> revocationVariables(List<Task> page) {
        Map<String, Map<String, Object>> result = new HashMap<>();
        String[] instances = page.stream().filter(t -> Step.ofTaskKey(t.getTaskDefinitionKey()).map(Inbox::isRevocation)
                .orElse(false)).map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        if (instances.length > 0) {
            runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
                    .variableNameIn(RevocationProcess.VILLAGE_ID, RevocationProcess.VILLAGE_NAME,
                            RecognitionProcess.COMMUNE_ID, RecognitionProcess.TITLE)
                    .list().forEach(v -> result.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                            .put(v.getName(), v.getValue()));
        }
        return result;
    }

    private static boolean isRevocation(Step step) {
        return step == Step.REGISTRY_REVIEW || step == Step.COMMUNE_EXPLANATION || step == Step.REVOCATION_DECISION;
    }

    @Transactional(readOnly = true)
    public long count(SignedInUser user, Filter filter) {
        return query(user, filter).count();
    }

    /** The task, if the user's role may work on it. */
    @Transactional(readOnly = true)
    public InboxTask get(SignedInUser user, String taskId) {
        return present(List.of(visibleTask(user, taskId))).get(0);
    }

    /** Takes the task. Exactly one of several users claiming at once wins; the others get "already taken". */
    public void claim(SignedInUser user, String taskId) {
        take(user, visibleTask(user, taskId));
    }

    private void take(SignedInUser user, Task task) {
        if (task.getAssignee() != null) {
            if (task.getAssignee().equals(user.username())) {
                return;
            }
            throw new ConflictException("task.error.alreadyTaken");
        }
        try {
            tasks.claim(task.getId(), user.username());
        } catch (OptimisticLockingException | org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new ConflictException("task.error.alreadyTaken");
        }
    }

    /** Gives the task back to its candidates; a council ballot is personal and cannot be given back. */
    public void release(SignedInUser user, String taskId) {
        Task task = ownTask(user, taskId);
        if (Step.COUNCIL_VOTE.taskKey().equals(task.getTaskDefinitionKey())) {
            throw new ConflictException("task.error.ballotIsPersonal");
        }
        tasks.setAssignee(task.getId(), null);
    }

    /** Casts the member's ballot; the last ballot of a round closes it and passes the results on. */
    public void completeVote(SignedInUser user, String taskId, VoteDecision vote) {
        Task task = ownTask(user, taskId, Step.COUNCIL_VOTE);
        if (vote == null || vote.outcome() == null) {
            throw new InvalidInputException(Problem.of("outcome", "task.error.outcome"));
        }
        // The ballot's own variables (CouncilAgenda), read without loading the round's execution tree.
        Map<String, Object> ballot = tasks.getVariablesLocal(task.getId(),
                List.of(CouncilRoundProcess.ROUND_ID, RecognitionProcess.DOSSIER_ID));
        Long roundId = (Long) ballot.get(CouncilRoundProcess.ROUND_ID);
        if (roundId == null) {
            // A ballot created before CouncilAgenda labelled ballots with their round: the round's process has it.
            roundId = (Long) runtime.getVariable(task.getProcessInstanceId(), CouncilRoundProcess.ROUND_ID);
        }
        council.recordVote(roundId, (Long) ballot.get(RecognitionProcess.DOSSIER_ID), user.username(), vote.outcome(),
                vote.opinion(), vote.remarks());
        tasks.complete(task.getId());
    }

    /** The leader approves (decision, certificate, registry) or rejects (with a reason) a recommended dossier. */
    public void completeDecision(SignedInUser user, String taskId, LeaderDecision decision) {
        Task task = ownTask(user, taskId, Step.DECISION);
        if (decision == null || decision.outcome() == null) {
            throw new InvalidInputException(Problem.of("outcome", "task.error.outcome"));
        }
        Long dossierId = dossierId(task);
        // The engine's part first: an approval takes the year's next decision number, whose row stays locked
        // until this transaction commits, so the other leaders' approvals wait for as little as possible.
        tasks.complete(task.getId(), Map.of("decision", decision.outcome().name()));
        if (decision.outcome() == LeaderDecision.Outcome.APPROVE) {
            decisions.approve(user, dossierId);
        } else {
            decisions.reject(user, dossierId, decision.reason());
        }
        progress.flush();
    }

    public void completeDistrict(SignedInUser user, String taskId, String opinion) {
        Task task = ownTask(user, taskId, Step.DISTRICT_APPRAISAL);
        if (opinion == null || opinion.isBlank()) {
            throw new InvalidInputException(Problem.of("opinion", "review.error.opinion"));
        }
        progress.districtAppraised(user.username(), dossierId(task), opinion.strip());
        tasks.complete(task.getId());
    }

    public void completeIntake(SignedInUser user, String taskId, IntakeDecision decision) {
        Task task = ownTask(user, taskId, Step.INTAKE);
        if (decision == null || decision.outcome() == null) {
            throw new InvalidInputException(Problem.of("outcome", "task.error.outcome"));
        }
        Long dossierId = dossierId(task);
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", decision.outcome().name());
        if (decision.outcome() == IntakeDecision.Outcome.ACCEPT) {
            progress.accept(user.username(), dossierId);
        } else {
            LocalDate deadline = progress.returnForSupplement(user.username(), dossierId, ReviewStage.INTAKE,
                    decision.reason(), decision.deadlineDays());
            variables.put("returnedFrom", ReviewStage.INTAKE.name());
            variables.put("supplementDeadline", VietnamTime.endOf(deadline));
        }
        tasks.complete(task.getId(), variables);
        progress.flush();
    }

    public void completeAppraisal(SignedInUser user, String taskId, AppraisalDecision decision) {
        Task task = ownTask(user, taskId, Step.APPRAISAL);
        if (decision == null || decision.outcome() == null) {
            throw new InvalidInputException(Problem.of("outcome", "task.error.outcome"));
        }
        Long dossierId = dossierId(task);
        Dossier dossier = progress.find(dossierId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", decision.outcome().name());
        if (decision.outcome() == AppraisalDecision.Outcome.REQUEST_SUPPLEMENT) {
            appraisals.record(dossier, user.username(), null, decision.findings(), decision.opinion());
            LocalDate deadline = progress.returnForSupplement(user.username(), dossierId, ReviewStage.APPRAISAL,
                    decision.opinion(), decision.deadlineDays());
            variables.put("returnedFrom", ReviewStage.APPRAISAL.name());
            variables.put("supplementDeadline", VietnamTime.endOf(deadline));
        } else {
            boolean recommended = decision.outcome() == AppraisalDecision.Outcome.RECOMMEND;
            appraisals.record(dossier, user.username(),
                    recommended ? Recommendation.RECOMMEND : Recommendation.NOT_RECOMMEND, decision.findings(),
                    decision.opinion());
            progress.awaitCouncil(user.username(), dossierId, recommended, decision.opinion());
        }
        tasks.complete(task.getId(), variables);
        progress.flush();
    }

    /**
     * The reviewer clears a flagged village (recognised again, the procedure ends), proposes revocation to the
     * leader, or asks its commune; each with a written reason or question.
     */
    public void completeRegistryReview(SignedInUser user, String taskId, RegistryReviewDecision decision) {
        Task task = ownTask(user, taskId, Step.REGISTRY_REVIEW);
        if (decision == null || decision.outcome() == null) {
            throw new InvalidInputException(Problem.of("outcome", "task.error.outcome"));
        }
        Long villageId = villageId(task);
        switch (decision.outcome()) {
            case CLEAR -> reviews.clear(user.username(), villageId, decision.text());
            case CONFIRM -> reviews.propose(user.username(), villageId, decision.text());
            case ASK_COMMUNE -> reviews.askCommune(user.username(), villageId, decision.text());
        }
        tasks.complete(task.getId(), Map.of("outcome", decision.outcome().name()));
    }

    /** The village's commune answers the reviewer's question; the review task comes back. */
    public void completeCommuneExplanation(SignedInUser user, String taskId, String answer) {
        Task task = ownTask(user, taskId, Step.COMMUNE_EXPLANATION);
        reviews.communeAnswered(user.username(), villageId(task), answer);
        tasks.complete(task.getId());
    }

    /** The leader revokes (numbered decision, PDF, registry entry revoked) or keeps the title, with a reason. */
    public void completeRevocationDecision(SignedInUser user, String taskId, RevocationDecision decision) {
        Task task = ownTask(user, taskId, Step.REVOCATION_DECISION);
        if (decision == null || decision.outcome() == null) {
            throw new InvalidInputException(Problem.of("outcome", "task.error.outcome"));
        }
        Long villageId = villageId(task);
        if (decision.outcome() == RevocationDecision.Outcome.REVOKE) {
            revocations.revoke(user, villageId, decision.reason());
        } else {
            reviews.keep(user.username(), villageId, decision.reason());
        }
        tasks.complete(task.getId(), Map.of("decision", decision.outcome().name()));
    }

    private Long villageId(Task task) {
        return (Long) runtime.getVariable(task.getProcessInstanceId(), RevocationProcess.VILLAGE_ID);
    }

    private TaskQuery query(SignedInUser user, Filter filter) {
        TaskQuery query = tasks.createTaskQuery()
                .processDefinitionKeyIn(RecognitionProcess.KEY, CouncilRoundProcess.KEY, RevocationProcess.KEY)
                .or().taskCandidateGroup(user.role().name()).taskAssignee(user.username()).endOr();
        if (user.role() == Role.COMMUNE_OFFICER) {
            // Every commune's officers share the candidate group; only the village's own commune sees its task.
            query.processVariableValueEquals(RecognitionProcess.COMMUNE_ID, user.communeId());
        }
        if (filter.step() != null) {
            query.taskDefinitionKey(filter.step().taskKey());
        }
        // A recognition task finds these on its process; a council ballot carries them itself.
        if (filter.title() != null) {
            query.or().processVariableValueEquals(RecognitionProcess.TITLE, filter.title().name())
                    .taskVariableValueEquals(RecognitionProcess.TITLE, filter.title().name()).endOr();
        }
        if (filter.communeId() != null) {
            query.or().processVariableValueEquals(RecognitionProcess.COMMUNE_ID, filter.communeId())
                    .taskVariableValueEquals(RecognitionProcess.COMMUNE_ID, filter.communeId()).endOr();
        }
        if (filter.overdueOnly()) {
            query.dueBefore(Date.from(clock.instant()));
        }
        return query;
    }

    /** The task if it exists and the user's role is among its candidates (or it is theirs). */
    private Task visibleTask(SignedInUser user, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            boolean done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
            if (done && mayHaveSeen(user, taskId) && ownCommune(user, history.createHistoricTaskInstanceQuery()
                    .taskId(taskId).singleResult().getProcessInstanceId())) {
                throw new ConflictException("task.error.done");
            }
            throw new NotFoundException("Task", taskId);
        }
        boolean mayWork = user.username().equals(task.getAssignee()) || tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> user.role().name().equals(link.getGroupId()));
        if (!mayWork || !ownCommune(user, task.getProcessInstanceId())) {
            throw new NotFoundException("Task", taskId);
        }
        return task;
    }

    /** True unless the user is a commune officer and the process concerns another commune. */
    private boolean ownCommune(SignedInUser user, String processInstanceId) {
        if (user.role() != Role.COMMUNE_OFFICER) {
            return true;
        }
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(RecognitionProcess.COMMUNE_ID).list().stream()
                .anyMatch(v -> user.communeId() != null && user.communeId().equals(v.getValue()));
    }

    /** Whether the finished task was one the user could work on (so "already done" tells nothing new). */
    private boolean mayHaveSeen(SignedInUser user, String taskId) {
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).groupId(user.role().name()).count() > 0
                || history.createHistoricIdentityLinkLogQuery().taskId(taskId).userId(user.username()).count() > 0;
    }

    private Task ownTask(SignedInUser user, String taskId, Step step) {
        Task task = ownTask(user, taskId);
        if (!step.taskKey().equals(task.getTaskDefinitionKey())) {
            throw new InvalidInputException(Problem.of("step", "task.error.wrongStep"));
        }
        return task;
    }

    /** The task, claimed for the user if nobody has it; refused when someone else has taken it. */
    private Task ownTask(SignedInUser user, String taskId) {
        Task task = visibleTask(user, taskId);
        if (task.getAssignee() == null) {
            take(user, task);
        } else if (!task.getAssignee().equals(user.username())) {
            throw new AccessDeniedException("Task " + taskId + " belongs to " + task.getAssignee());
        }
        return task;
    }

    private Long dossierId(Task task) {
        return dossierIds(List.of(task)).get(task.getId());
    }

    /**
     * The dossier of each task, by task id: a recognition task's process has the dossier as business key; a
     * council ballot carries it as a task variable. Two queries for a whole page.
     */
    private Map<String, Long> dossierIds(List<Task> page) {
        Map<String, Long> result = new HashMap<>();
        if (page.isEmpty()) {
            return result;
        }
        Map<String, Long> byProcess = runtime.createProcessInstanceQuery().processDefinitionKey(RecognitionProcess.KEY)
                .processInstanceIds(page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> Long.valueOf(p.getBusinessKey())));
        page.stream().filter(t -> byProcess.containsKey(t.getProcessInstanceId()))
                .forEach(t -> result.put(t.getId(), byProcess.get(t.getProcessInstanceId())));
        String[] ballots = page.stream().filter(t -> !result.containsKey(t.getId())).map(Task::getId)
                .toArray(String[]::new);
        if (ballots.length > 0) {
            runtime.createVariableInstanceQuery().taskIdIn(ballots).variableName(RecognitionProcess.DOSSIER_ID).list()
                    .forEach(v -> result.put(v.getTaskId(), (Long) v.getValue()));
        }
        return result;
    }
}
