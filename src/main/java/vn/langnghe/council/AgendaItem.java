package vn.langnghe.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dossier on a round's agenda, with the round's result on it once closed. */
@Entity
@Table(name = "council_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Enumerated(EnumType.STRING)
    private CouncilResult result;

    private Integer agree;

    private Integer disagree;

    private Integer recused;

    protected AgendaItem() {
    }

    AgendaItem(Long roundId, Long dossierId) {
        this.roundId = roundId;
        this.dossierId = dossierId;
    }

    void conclude(Tally tally, CouncilResult result) {
        this.agree = tally.agree();
        this.disagree = tally.disagree();
        this.recused = tally.recused();
        this.result = result;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getDossierId() {
        return dossierId;
    }

    /** Null until the round closes. */
    public CouncilResult getResult() {
        return result;
    }

    public Integer getAgree() {
        return agree;
    }

    public Integer getDisagree() {
        return disagree;
    }

    public Integer getRecused() {
        return recused;
    }
}
