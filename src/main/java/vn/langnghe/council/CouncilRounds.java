package vn.langnghe.council;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CouncilRounds extends JpaRepository<CouncilRound, Long> {

    /** The round, its row locked until the transaction ends (see {@link CouncilService#lock}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from CouncilRound r where r.id = :id")
    Optional<CouncilRound> lockById(Long id);

    Page<CouncilRound> findAllByOrderByCreatedAtDesc(Pageable page);

    @Query("select r from CouncilRound r join r.members m where m.username = ?1 order by r.createdAt desc")
    Page<CouncilRound> findByMember(String username, Pageable page);
}
