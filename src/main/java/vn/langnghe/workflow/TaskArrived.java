package vn.langnghe.workflow;

/**
 * A task for a candidate group (a role name) was created, for a dossier or, in the review of the registry,
 * for a village. {@code communeId} is set when the group is the commune officers: the task is for that
 * commune's officers only, and so is anything that tells of it.
 */
public record TaskArrived(Long dossierId, Long villageId, String villageName, Step step, String candidateGroup,
        Long communeId) {

    /** A provincial task of a dossier's procedure. */
    public TaskArrived(Long dossierId, Step step, String candidateGroup) {
        this(dossierId, null, null, step, candidateGroup, null);
    }
}
