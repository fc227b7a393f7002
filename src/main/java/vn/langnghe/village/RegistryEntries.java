package vn.langnghe.village;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.langnghe.common.Folding;

interface RegistryEntries extends JpaRepository<RegistryEntry, Long> {

    /**
     * The names of the entries of a kind in a commune (as recorded), without loading the entries and their
     * hamlets: the caller compares names folded and loads the one it needs.
     */
    List<EntryName> findNamesByCommuneIdAndKind(Long communeId, EntryKind kind);

    /** The village of the commune recorded under this name, compared without diacritics or case ({@link Folding}). */
    default Optional<RegistryEntry> findVillage(Long communeId, String name) {
        String folded = Folding.fold(name);
        return findNamesByCommuneIdAndKind(communeId, EntryKind.VILLAGE).stream()
                .filter(e -> Folding.fold(e.getName()).equals(folded)).findFirst().flatMap(e -> findById(e.getId()));
    }

    interface EntryName {
        Long getId();

        String getName();
    }

    Optional<RegistryEntry> findByIdAndCurrentCommuneId(Long id, Long currentCommuneId);

    List<RegistryEntry> findByVillageIdAndKind(Long villageId, EntryKind kind);

    boolean existsByKind(EntryKind kind);

    List<RegistryEntry> findByKindAndStatusOrderById(EntryKind kind, RegistryStatus status);
}
