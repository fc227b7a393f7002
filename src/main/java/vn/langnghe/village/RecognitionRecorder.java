package vn.langnghe.village;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.Names;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.DossierRecognised;
import vn.langnghe.dossier.TitleUpgrades;
import vn.langnghe.territory.Placement;
import vn.langnghe.territory.UnitHistory;

/**
 * Writes a recognition into the registry. A plain synchronous listener: it runs inside the leader's
 * approving transaction, so the decision and the registry entry commit together or not at all.
 */
@Component
class RecognitionRecorder {

    /** Who the entry's history names for a recognition: the decision number says whose it was. */
    static final String ACTOR = "he-thong";

    private final RegistryEntries entries;
    private final RegistryKnownVillages known;
    private final ReviewEvents history;
    private final UnitHistory units;
    private final Clock clock;

    RecognitionRecorder(RegistryEntries entries, RegistryKnownVillages known, ReviewEvents history,
            UnitHistory units, Clock clock) {
        this.entries = entries;
        this.known = known;
        this.history = history;
        this.units = units;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void record(DossierRecognised event) {
        write(event);
    }

    /**
     * The village the dossier named (or a new entry when it named none) gets its title, date and decision
     * number. A traditional craft gets an entry of its own, linked to its village's entry, which is created
     * (not recognised) when the province did not know the village yet. A title in force is only ever
     * upgraded as {@link TitleUpgrades} allows; the submission refused anything else, and so does this, in
     * case another decision changed the entry since. Every change is written to the entry's history.
     * Returns the village's entry.
     */
    @Transactional
    RegistryEntry write(DossierRecognised event) {
        Placement placement = units.placement(event.communeId())
                .orElseThrow(() -> new IllegalArgumentException("No commune " + event.communeId()));
        RegistryEntry village = event.villageEntryId() == null ? newVillage(event.villageName(), placement)
                : entries.findById(event.villageEntryId()).filter(e -> e.getKind() == EntryKind.VILLAGE)
                        .filter(e -> event.communeId().equals(e.getCommuneId())
                                || event.communeId().equals(e.getCurrentCommuneId()))
                        .orElseThrow(() -> new ConflictException("dossier.error.villageEntry"));
        TitleUpgrades.refusal(event.title(), known.known(village), event.craft()).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        RegistryEntry recognised = event.title() == Title.TRADITIONAL_CRAFT ? craft(village, event.craft(), placement)
                : village;
        Title before = recognised.getStatus().titleInForce() ? recognised.getTitle() : null;
        recognised.recognise(event.title(), event.decidedOn(), event.decisionNumber(), event.dossierId());
        recognised.describe(event.activityGroup(), event.craft(), event.hamlets());
        recognised.index(placement);
        entries.saveAndFlush(recognised);
        history.save(new ReviewEvent(recognised.getId(), null,
                before == null ? ReviewAction.RECOGNISED : ReviewAction.UPGRADED, ACTOR, clock.instant(),
                before == null ? event.title().name() : before.name() + "," + event.title().name(),
                event.decisionNumber()));
        return village;
    }

    private RegistryEntry newVillage(String name, Placement placement) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A recognition names its village");
        }
        RegistryEntry entry = new RegistryEntry(EntryKind.VILLAGE, Names.normalised(name), placement);
        entry.index(placement);
        return entries.saveAndFlush(entry);
    }

    /** The village's entry for this craft (the same name, as typed in NFC, case aside), or a new one. */
    private RegistryEntry craft(RegistryEntry village, String craft, Placement placement) {
        String name = Names.normalised(craft);
        return entries.findByVillageIdAndKind(village.getId(), EntryKind.CRAFT).stream()
                .filter(e -> Names.normalised(e.getCraft()).equalsIgnoreCase(name)).findFirst()
                .orElseGet(() -> {
                    RegistryEntry entry = new RegistryEntry(EntryKind.CRAFT, village.getName(), placement);
                    entry.belongTo(village);
                    return entry;
                });
    }
}
