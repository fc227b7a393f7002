package vn.langnghe.dossier;

import vn.langnghe.criteria.Title;

/**
 * A commune handed its dossier to the province. Published inside the submitting transaction, so the
 * process engine starts (or resumes) in the same commit as the state change.
 */
public record DossierSubmitted(Long dossierId, Long communeId, Title title, boolean resubmission) {
}
