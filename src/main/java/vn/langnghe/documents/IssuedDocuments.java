package vn.langnghe.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedDocuments extends JpaRepository<IssuedDocument, Long> {

    @Query("select d from IssuedDocument d join d.dossierIds x where x = ?1 order by d.issuedAt, d.id")
    List<IssuedDocument> findByDossier(Long dossierId);

    Optional<IssuedDocument> findByKindAndNumber(DocumentKind kind, String number);

    Optional<IssuedDocument> findByVerificationCode(String verificationCode);

    Optional<IssuedDocument> findFirstBySha256(String sha256);

    Optional<IssuedDocument> findFirstByOriginalSha256(String originalSha256);

    @Query("select distinct d from IssuedDocument d join d.dossierIds x where d.kind = ?1 and x in ?2"
            + " order by d.issuedAt, d.id")
    List<IssuedDocument> findByKindConcerning(DocumentKind kind, Collection<Long> dossierIds);
}
