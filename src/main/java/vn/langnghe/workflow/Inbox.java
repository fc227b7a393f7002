package vn.langnghe.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.council.CouncilService;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.dossier.StatutoryClock;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.territory.AdministrativeUnit;
import vn.langnghe.territory.AdministrativeUnits;
import vn.langnghe.village.RegistryReviews;

/**
 * "Việc cần làm" for every provincial role: the tasks a user may take (their role is a candidate group)
 * and those assigned to them. Completing a task changes the dossier and the engine in one transaction.
 * A task the user's role may not see answers "not found"; one assigned to someone else is refused.
 */
@Service
@Transactional
public class Inbox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VietnamTime.ZONE);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final DossierProgress progress;
    private final AdministrativeUnits units;
    private final StatutoryClock statutoryClock;
    private final CouncilService council;
    private final RegistryReviews reviews;
    private final Clock clock;
    private final Map<Step, StepHandler<?>> handlers = new EnumMap<>(Step.class);

    Inbox(TaskService tasks, RuntimeService runtime, HistoryService history, DossierProgress progress,
            AdministrativeUnits units, StatutoryClock statutoryClock, CouncilService council, RegistryReviews reviews,
            List<StepHandler<?>> handlers, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.progress = progress;
        this.units = units;
        this.statutoryClock = statutoryClock;
        this.council = council;
        this.reviews = reviews;
        this.clock = clock;
        handlers.forEach(handler -> this.handlers.put(handler.step(), handler));
        if (this.handlers.size() != Step.values().length) {
            throw new IllegalStateException("Every step needs a handler: " + this.handlers.keySet());
        }
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

    /**
     * Takes the task. Exactly one of several users claiming at once wins; the others get "already taken" (or
     * "already done", when the winner also completed it).
     */
    public void claim(SignedInUser user, String taskId) {
        Task task = lockedTask(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new ConflictException("task.error.alreadyTaken");
        }
        take(user, task);
    }

    private void take(SignedInUser user, Task task) {
        if (task.getAssignee() == null) {
            try {
                tasks.claim(task.getId(), user.username());
            } catch (OptimisticLockingException | TaskAlreadyClaimedException e) {
                throw new ConflictException("task.error.alreadyTaken");
            }
        }
    }

    /** Gives the task back to its candidates; a council ballot is personal and cannot be given back. */
    public void release(SignedInUser user, String taskId) {
        Task task = lockedTask(user, taskId);
        if (Step.COUNCIL_VOTE.taskKey().equals(task.getTaskDefinitionKey())) {
            throw new ConflictException("task.error.ballotIsPersonal");
        }
        if (task.getAssignee() == null) {
            throw new ConflictException("task.error.notTaken");
        }
        mine(user, task);
        tasks.setAssignee(task.getId(), null);
    }

    /**
     * Completes the task with the user's decision, for the screens: refused unless the decision is of the task's
     * step. One transaction from the check to the engine: the task's record is locked first, the task read again,
     * taken for the user if nobody has it, then its step's handler writes the domain rows and completes it.
     */
    public void complete(SignedInUser user, String taskId, TaskDecision decision) {
        if (decision == null) {
            throw new InvalidInputException(Problem.of("outcome", "task.error.outcome"));
        }
        WorkItem item = ownItem(user, taskId);
        if (decision.step() != item.step()) {
            throw new InvalidInputException(Problem.of("step", "task.error.wrongStep"));
        }
        carryOut(user, item, decision);
    }

    /** {@link #complete(SignedInUser, String, TaskDecision)} with the API's form, read by the task's step. */
    public void complete(SignedInUser user, String taskId, TaskForm form) {
        WorkItem item = ownItem(user, taskId);
        carryOut(user, item, handler(item.step()).read(form));
    }

    @SuppressWarnings("unchecked")
    private <D extends TaskDecision> void carryOut(SignedInUser user, WorkItem item, D decision) {
        StepHandler<D> handler = (StepHandler<D>) handler(item.step());
        try {
            handler.complete(user, item, decision);
        } catch (NullValueException | OptimisticLockingException e) {
            // Not reached while every command takes the record's lock first; said as a refusal if it ever is.
            throw new ConflictException("task.error.done");
        }
    }

    private StepHandler<?> handler(Step step) {
        return handlers.get(step);
    }

    /**
     * The task the user may work on, after its record's lock: read once to find the record, and again once the
     * lock is held, so what is checked is what the previous holder left. A task gone in between is "done".
     */
    private Task lockedTask(SignedInUser user, String taskId) {
        lock(subject(visibleTask(user, taskId)));
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw done(taskId);
        }
        return task;
    }

    private WorkItem ownItem(SignedInUser user, String taskId) {
        Task task = lockedTask(user, taskId);
        mine(user, task);
        take(user, task);
        return subject(task);
    }

    /** Refused when someone else has taken the task. */
    private static void mine(SignedInUser user, Task task) {
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new AccessDeniedException("Task " + task.getId() + " belongs to " + task.getAssignee());
        }
    }

    /**
     * The record a task concerns, whose row every command on the task locks first. Read from the history, which
     * keeps it when another hand has just completed the task or ended its process; refused as "done" if even that
     * has no record.
     */
    private WorkItem subject(Task task) {
        Step step = Step.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow();
        WorkItem item;
        if (step == Step.COUNCIL_VOTE) {
            // The ballot's own variables (CouncilAgenda), read without loading the round's execution tree.
            Map<String, Object> ballot = variables(history.createHistoricVariableInstanceQuery().taskIdIn(task.getId())
                    .variableNameIn(CouncilRoundProcess.ROUND_ID, RecognitionProcess.DOSSIER_ID).list());
            // A ballot created before CouncilAgenda labelled ballots with their round: the round's process has it.
            Object roundId = ballot.containsKey(CouncilRoundProcess.ROUND_ID) ? ballot.get(CouncilRoundProcess.ROUND_ID)
                    : processVariable(task, CouncilRoundProcess.ROUND_ID);
            item = new WorkItem(task.getId(), step, (Long) ballot.get(RecognitionProcess.DOSSIER_ID), (Long) roundId,
                    null);
        } else if (isRevocation(step)) {
            item = new WorkItem(task.getId(), step, null, null,
                    (Long) processVariable(task, RevocationProcess.VILLAGE_ID));
        } else {
            HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            item = new WorkItem(task.getId(), step, process == null ? null : Long.valueOf(process.getBusinessKey()),
                    null, null);
        }
        if (item.dossierId() == null && item.entryId() == null) {
            throw done(task.getId());
        }
        return item;
    }

    private Object processVariable(Task task, String name) {
        return variables(history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName(name).list()).get(name);
    }

    private static Map<String, Object> variables(List<HistoricVariableInstance> found) {
        Map<String, Object> values = new HashMap<>();
        found.forEach(v -> values.put(v.getName(), v.getValue()));
        return values;
    }

    private void lock(WorkItem item) {
        if (item.roundId() != null) {
            council.lock(item.roundId());
        } else if (item.entryId() != null) {
            reviews.lock(item.entryId());
        } else {
            progress.lock(item.dossierId());
        }
    }

    /**
     * "Already done", saying when and by whom when the task was completed (not cancelled by the process moving on,
     * e.g. a round the chair closed).
     */
    private ConflictException done(String taskId) {
        HistoricTaskInstance finished = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (finished != null && finished.getEndTime() != null && "completed".equals(finished.getDeleteReason())) {
            return new ConflictException("task.error.doneBy", TIME.format(finished.getEndTime().toInstant()),
                    String.valueOf(finished.getAssignee()));
        }
        return new ConflictException("task.error.done");
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
                throw done(taskId);
            }
            throw new NotFoundException("Task", taskId);
        }
        // Read from the identity link log, not the task's links: another hand may complete the task between
        // these two reads, and the engine refuses (and logs as an error) a question about a task that is gone.
        boolean mayWork = user.username().equals(task.getAssignee()) || mayHaveSeen(user, taskId);
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

    /**
     * Whether the task is (or, finished, was) one the user could work on: their role among its candidates or the
     * user among its assignees (so "already done" tells nothing new).
     */
    private boolean mayHaveSeen(SignedInUser user, String taskId) {
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).groupId(user.role().name()).count() > 0
                || history.createHistoricIdentityLinkLogQuery().taskId(taskId).userId(user.username()).count() > 0;
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
