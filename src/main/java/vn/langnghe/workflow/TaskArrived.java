package vn.langnghe.workflow;

/** A task for a candidate group (a role name) was created for a dossier. */
public record TaskArrived(Long dossierId, Step step, String candidateGroup) {
}
