package vn.langnghe.village;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistryEntries extends JpaRepository<RegistryEntry, Long> {

    /** Entries of a kind in a commune (as recorded); the caller compares names folded. */
    List<RegistryEntry> findByCommuneIdAndKind(Long communeId, EntryKind kind);

    Optional<RegistryEntry> findByIdAndCurrentCommuneId(Long id, Long currentCommuneId);

    List<RegistryEntry> findByVillageIdAndKind(Long villageId, EntryKind kind);

    boolean existsByKind(EntryKind kind);

    List<RegistryEntry> findByKindAndStatusOrderById(EntryKind kind, RegistryStatus status);
}
