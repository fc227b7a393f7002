package vn.langnghe.council;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** One member's ballot on one dossier: the outcome, a written opinion and optional remarks per criterion. */
@Entity
@Table(name = "council_vote")
public class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(nullable = false)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteOutcome outcome;

    @Column(nullable = false)
    private String opinion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_vote_remark", joinColumns = @JoinColumn(name = "vote_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "remark", nullable = false)
    private Map<String, String> remarks = new TreeMap<>();

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
    }

    Vote(Long roundId, Long dossierId, String member, VoteOutcome outcome, String opinion,
            Map<String, String> remarks, Instant castAt) {
        this.roundId = roundId;
        this.dossierId = dossierId;
        this.member = member;
        this.outcome = outcome;
        this.opinion = opinion;
        this.remarks.putAll(remarks);
        this.castAt = castAt;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getMember() {
        return member;
    }

    public VoteOutcome getOutcome() {
        return outcome;
    }

    public String getOpinion() {
        return opinion;
    }

    public Map<String, String> getRemarks() {
        return Map.copyOf(remarks);
    }

    public Instant getCastAt() {
        return castAt;
    }
}
