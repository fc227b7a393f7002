package vn.langnghe.council;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CouncilRounds extends JpaRepository<CouncilRound, Long> {

    Page<CouncilRound> findAllByOrderByCreatedAtDesc(Pageable page);

    @Query("select r from CouncilRound r join r.members m where m.username = ?1 order by r.createdAt desc")
    Page<CouncilRound> findByMember(String username, Pageable page);
}
