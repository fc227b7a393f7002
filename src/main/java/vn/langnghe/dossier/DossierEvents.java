package vn.langnghe.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierEvents extends JpaRepository<DossierEvent, Long> {

    List<DossierEvent> findByDossierIdOrderByAtAscIdAsc(Long dossierId);
}
