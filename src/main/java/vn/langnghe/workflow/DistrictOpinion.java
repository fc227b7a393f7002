package vn.langnghe.workflow;

/** The district's written opinion on a dossier, before the province's intake. */
public record DistrictOpinion(String opinion) implements TaskDecision {

    @Override
    public Step step() {
        return Step.DISTRICT_APPRAISAL;
    }
}
