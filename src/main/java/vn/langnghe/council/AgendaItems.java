package vn.langnghe.council;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItems extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByRoundIdOrderByIdAsc(Long roundId);

    /** Agenda items of rounds not yet closed that hold any of these dossiers. */
    @Query("select a from AgendaItem a, CouncilRound r where r.id = a.roundId and r.status <> vn.langnghe.council.CouncilStatus.CLOSED "
            + "and a.dossierId in ?1")
    List<AgendaItem> findPending(Collection<Long> dossierIds);

    /** The dossier's items in closed rounds, latest first. */
    @Query("select a from AgendaItem a, CouncilRound r where r.id = a.roundId and r.status = vn.langnghe.council.CouncilStatus.CLOSED "
            + "and a.dossierId = ?1 order by r.closedAt desc")
    List<AgendaItem> findConcluded(Long dossierId);

    default Optional<AgendaItem> latestConcluded(Long dossierId) {
        return findConcluded(dossierId).stream().findFirst();
    }

    void deleteByRoundId(Long roundId);
}
