package vn.langnghe.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Appraisals extends JpaRepository<Appraisal, Long> {

    List<Appraisal> findByDossierIdOrderByAppraisedAtDescIdDesc(Long dossierId);
}
