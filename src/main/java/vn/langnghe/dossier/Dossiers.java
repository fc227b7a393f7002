package vn.langnghe.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.langnghe.criteria.Title;

interface Dossiers extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByIdAndCommuneId(Long id, Long communeId);

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
