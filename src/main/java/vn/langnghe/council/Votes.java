package vn.langnghe.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Votes extends JpaRepository<Vote, Long> {

    List<Vote> findByRoundIdOrderByDossierIdAscCastAtAsc(Long roundId);

    List<Vote> findByRoundIdAndDossierIdOrderByCastAtAsc(Long roundId, Long dossierId);

    boolean existsByRoundIdAndDossierIdAndMember(Long roundId, Long dossierId, String member);

    /** Members who have answered on at least one dossier of the round (voted or recused). */
    @Query("select count(distinct v.member) from Vote v where v.roundId = ?1")
    long countParticipants(Long roundId);

    /** Per dossier and outcome, how many ballots: rows of (dossierId, outcome, count). */
    @Query("select v.dossierId, v.outcome, count(v) from Vote v where v.roundId = ?1 group by v.dossierId, v.outcome")
    List<Object[]> countByDossierAndOutcome(Long roundId);
}
