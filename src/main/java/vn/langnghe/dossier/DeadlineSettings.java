package vn.langnghe.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province's deadlines, in working days (docs/domain.md §3 step 6).
 *
 * @param limit       acceptance of a valid dossier to decision (30 by default; some provinces use 26 or 28)
 * @param warning     tasks this close to the limit are flagged and escalated
 * @param intake      for the intake check after submission
 * @param supplement  default time a commune has to supplement a returned dossier
 */
@ConfigurationProperties("langnghe.deadlines")
public record DeadlineSettings(Integer limit, Integer warning, Integer intake, Integer supplement) {

    public DeadlineSettings {
        limit = limit == null ? 30 : limit;
        warning = warning == null ? 5 : warning;
        intake = intake == null ? 3 : intake;
        supplement = supplement == null ? 15 : supplement;
    }
}
