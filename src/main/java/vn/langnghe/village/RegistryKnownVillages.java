package vn.langnghe.village;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.dossier.KnownVillage;
import vn.langnghe.dossier.KnownVillages;

/** The registry's villages of a commune, for a dossier to name the one it is about. */
@Component
@Transactional(readOnly = true)
class RegistryKnownVillages implements KnownVillages {

    private final RegistryEntries entries;

    RegistryKnownVillages(RegistryEntries entries) {
        this.entries = entries;
    }

    @Override
    public List<KnownVillage> ofCommune(Long communeId) {
        return entries.villagesOf(communeId).stream().map(this::known).toList();
    }

    @Override
    public Optional<KnownVillage> find(Long communeId, Long entryId) {
        return entries.findById(entryId).filter(e -> e.getKind() == EntryKind.VILLAGE)
                .filter(e -> communeId.equals(e.getCommuneId()) || communeId.equals(e.getCurrentCommuneId()))
                .map(this::known);
    }

    KnownVillage known(RegistryEntry village) {
        return new KnownVillage(village.getId(), village.getName(),
                village.getStatus().titleInForce() ? village.getTitle() : null,
                entries.findByVillageIdAndKind(village.getId(), EntryKind.CRAFT).stream()
                        .filter(c -> c.getStatus().titleInForce()).map(RegistryEntry::getCraft)
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
    }
}
