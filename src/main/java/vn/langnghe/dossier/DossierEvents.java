package vn.langnghe.dossier;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierEvents extends JpaRepository<DossierEvent, Long> {

    List<DossierEvent> findByDossierIdOrderByAtAscIdAsc(Long dossierId);

    /** Adds a line to the dossier's history. */
    default void record(Dossier dossier, Instant at, String actor, String type, String detail) {
        save(new DossierEvent(dossier.getId(), at, actor, type, detail));
    }
}
