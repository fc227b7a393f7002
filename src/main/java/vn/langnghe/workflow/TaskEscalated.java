package vn.langnghe.workflow;

/** A provincial task is close to its due date; the department head (the leader role for now) is told. */
public record TaskEscalated(Long dossierId, Step step) {
}
