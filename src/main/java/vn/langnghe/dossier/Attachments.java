package vn.langnghe.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Attachments extends JpaRepository<Attachment, Long> {

    List<Attachment> findByDossierIdOrderByUploadedAtAscIdAsc(Long dossierId);

    Optional<Attachment> findByIdAndDossierId(Long id, Long dossierId);
}
