package vn.langnghe.dossier;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.langnghe.criteria.Title;

interface Dossiers extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByIdAndCommuneId(Long id, Long communeId);

    /**
     * The dossier, its row locked until the transaction ends: every command that changes a dossier (or a task of
     * it) reads it this way first, so two commands on one dossier queue instead of deadlocking, and the second
     * sees what the first did. It must be the transaction's first read of the dossier (a copy already loaded
     * would be returned as it was).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dossier d where d.id = :id")
    Optional<Dossier> lockById(Long id);

    /** {@link #lockById}, only if the dossier belongs to the commune. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dossier d where d.id = :id and d.communeId = :communeId")
    Optional<Dossier> lockByIdAndCommuneId(Long id, Long communeId);

    /** A page of dossiers; a null commune means every commune, a null state or title means any. */
    @Query("""
            select d from Dossier d
            where (:communeId is null or d.communeId = :communeId)
              and (:state is null or d.state = :state)
              and (:title is null or d.title = :title)
            """)
    Page<Dossier> search(Long communeId, DossierState state, Title title, Pageable pageable);

    List<Dossier> findByStateOrderByUpdatedAtAsc(DossierState state);
}
