package vn.langnghe.dossier;

import java.time.LocalDate;
import java.util.List;
import vn.langnghe.criteria.Title;

/**
 * The leader approved a dossier: the title is granted by a numbered decision. Published inside the
 * approving transaction, so the registry entry is written in the same commit as the decision.
 *
 * @param villageEntryId the registry entry the dossier named; null for a village new to the registry
 */
public record DossierRecognised(Long dossierId, Long communeId, Title title, Long villageEntryId, String villageName,
        List<String> hamlets, Integer activityGroup, String craft, String decisionNumber, LocalDate decidedOn) {
}
