package vn.langnghe.village;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewEvents extends JpaRepository<ReviewEvent, Long> {

    List<ReviewEvent> findByEntryIdOrderByAtAscIdAsc(Long entryId);
}
