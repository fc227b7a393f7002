package vn.langnghe.dossier;

/** The provincial step that returned a dossier, where it resumes once the commune resubmits. */
public enum ReviewStage {
    INTAKE,
    APPRAISAL
}
