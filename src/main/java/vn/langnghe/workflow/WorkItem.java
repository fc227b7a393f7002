package vn.langnghe.workflow;

/**
 * A task about to be completed, with the record it concerns: a dossier (recognition tasks), a council round and
 * one of its dossiers (a ballot) or a registry entry (revocation tasks). That record's row is locked.
 */
record WorkItem(String taskId, Step step, Long dossierId, Long roundId, Long entryId) {
}
