package vn.langnghe.village;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.Folding;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.DossierRecognised;
import vn.langnghe.territory.Placement;
import vn.langnghe.territory.UnitHistory;

/**
 * Writes a recognition into the registry. A plain synchronous listener: it runs inside the leader's
 * approving transaction, so the decision and the registry entry commit together or not at all.
 */
@Component
class RecognitionRecorder {

    private final RegistryEntries entries;
    private final UnitHistory units;

    RecognitionRecorder(RegistryEntries entries, UnitHistory units) {
        this.entries = entries;
        this.units = units;
    }

    /**
     * The village gets its title, date and decision number. A traditional craft gets an entry of its own,
     * linked to its village's entry, which is created (not recognised) when the province did not know the
     * village yet, so a later application as a traditional craft village finds it.
     */
    @EventListener
    @Transactional
    void record(DossierRecognised event) {
        Placement placement = units.placement(event.communeId())
                .orElseThrow(() -> new IllegalArgumentException("No commune " + event.communeId()));
        RegistryEntry village = village(event.villageName(), placement);
        RegistryEntry recognised = event.title() == Title.TRADITIONAL_CRAFT ? craft(village, event.craft(), placement)
                : village;
        recognised.recognise(event.title(), event.decidedOn(), event.decisionNumber(), event.dossierId());
        recognised.describe(event.activityGroup(), event.craft(), event.hamlets());
        recognised.index(placement);
        entries.saveAndFlush(recognised);
    }

    private RegistryEntry village(String name, Placement placement) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A recognition names its village");
        }
        return entries.findVillage(placement.commune().id(), name)
                .orElseGet(() -> save(new RegistryEntry(EntryKind.VILLAGE, name.strip(), placement), placement));
    }

    private RegistryEntry craft(RegistryEntry village, String craft, Placement placement) {
        String folded = Folding.fold(craft);
        return entries.findByVillageIdAndKind(village.getId(), EntryKind.CRAFT).stream()
                .filter(e -> Folding.fold(e.getCraft()).equals(folded)).findFirst()
                .orElseGet(() -> {
                    RegistryEntry entry = new RegistryEntry(EntryKind.CRAFT, village.getName(), placement);
                    entry.belongTo(village);
                    return entry;
                });
    }

    private RegistryEntry save(RegistryEntry entry, Placement placement) {
        entry.index(placement);
        return entries.saveAndFlush(entry);
    }
}
