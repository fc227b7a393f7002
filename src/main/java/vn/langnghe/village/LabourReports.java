package vn.langnghe.village;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LabourReports extends JpaRepository<LabourReport, Long> {

    Optional<LabourReport> findByEntryIdAndYearAndCurrentTrue(Long entryId, int year);

    List<LabourReport> findByEntryIdAndCurrentTrueOrderByYearAsc(Long entryId);

    List<LabourReport> findByEntryIdAndYearOrderByRevisionAsc(Long entryId, int year);
}
