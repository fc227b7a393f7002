package vn.langnghe.workflow.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.review.CriterionFinding;
import vn.langnghe.workflow.Inbox;
import vn.langnghe.workflow.InboxTask;
import vn.langnghe.workflow.TaskForm;
import vn.langnghe.workflow.Step;

/**
 * The provincial tasks for a one-stop system, with the same checks as the inbox screen: another
 * role's task answers 404, one taken by someone else 403, one already done 409, a bad body 400.
 */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class TaskController {

    private static final int MAX_PAGE = 200;

    private final Inbox inbox;

    TaskController(Inbox inbox) {
        this.inbox = inbox;
    }

    /** {@code villageId} is set (and {@code dossierId} null) for the revocation procedure's tasks. */
    record TaskJson(String id, Step step, Long dossierId, String assignee, Instant due, boolean overdue, Long villageId) {

        static TaskJson of(InboxTask t) {
            return new TaskJson(t.id(), t.step(), t.dossierId(), t.assignee(), t.due(), t.overdue(), t.villageId());
        }
    }

    /** The body of a completion; which fields count depends on the task's step. */
    record Completion(String outcome, String reason, Integer deadlineDays, List<Finding> findings, String opinion,
            Map<String, String> remarks, String answer) {
    }

    record Finding(String code, Boolean passed, String reason) {
    }

    @GetMapping
    List<TaskJson> list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int limit = Math.min(Math.max(size, 1), MAX_PAGE);
        return inbox.list(user, Inbox.Filter.NONE, Math.max(page, 0) * limit, limit).stream().map(TaskJson::of)
                .toList();
    }

    @PostMapping("/{id}/claim")
    TaskJson claim(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        inbox.claim(user, id);
        return TaskJson.of(inbox.get(user, id));
    }

    @PostMapping("/{id}/release")
    TaskJson release(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        inbox.release(user, id);
        return TaskJson.of(inbox.get(user, id));
    }

    /** One entry point for every step: the task's step decides which fields of the body count. */
    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    void complete(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestBody Completion body) {
        inbox.complete(user, id, new TaskForm(body.outcome(), body.reason(), body.deadlineDays(),
                findings(body.findings()), body.opinion(), body.remarks(), body.answer()));
    }

    private static List<CriterionFinding> findings(List<Finding> findings) {
        if (findings == null) {
            return List.of();
        }
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i) == null || findings.get(i).code() == null || findings.get(i).passed() == null) {
                throw new InvalidInputException(Problem.of("findings[" + i + "]", "review.error.findingIncomplete"));
            }
        }
        return findings.stream().map(f -> new CriterionFinding(f.code(), f.passed(), f.reason())).toList();
    }
}
