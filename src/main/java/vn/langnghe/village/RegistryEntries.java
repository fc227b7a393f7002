package vn.langnghe.village;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RegistryEntries extends JpaRepository<RegistryEntry, Long> {

    /** The entry, its row locked until the transaction ends (see {@link RegistryReviews#lock}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from RegistryEntry e where e.id = :id")
    Optional<RegistryEntry> lockById(Long id);

    /**
     * The names of the entries of a kind in a commune (as recorded), without loading the entries and their
     * hamlets: the caller compares names folded and loads the one it needs.
     */
    List<EntryName> findNamesByCommuneIdAndKind(Long communeId, EntryKind kind);

    /**
     * The villages of a commune, as recorded or after the 2025 reform, by name. A dossier picks one of these;
     * nothing looks a village up by its name, so "Xóm Lúc" and "Xóm Lục" stay two villages.
     */
    @Query("select e from RegistryEntry e where e.kind = vn.langnghe.village.EntryKind.VILLAGE"
            + " and (e.communeId = :commune or e.currentCommuneId = :commune) order by e.name, e.id")
    List<RegistryEntry> villagesOf(Long commune);

    interface EntryName {
        Long getId();

        String getName();
    }

    Optional<RegistryEntry> findByIdAndCurrentCommuneId(Long id, Long currentCommuneId);

    List<RegistryEntry> findByVillageIdAndKind(Long villageId, EntryKind kind);

    boolean existsByKind(EntryKind kind);

    List<RegistryEntry> findByKindAndStatusOrderById(EntryKind kind, RegistryStatus status);
}
