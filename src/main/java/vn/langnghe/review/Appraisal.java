package vn.langnghe.review;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One completed appraisal of a dossier. A dossier appraised again after a supplement has several. */
@Entity
@Table(name = "appraisal")
public class Appraisal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(nullable = false)
    private String reviewer;

    @Column(name = "appraised_at", nullable = false)
    private Instant appraisedAt;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    @Column(length = 4000)
    private String opinion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appraisal_finding", joinColumns = @JoinColumn(name = "appraisal_id"))
    @OrderColumn(name = "position")
    private List<CriterionFinding> findings = new ArrayList<>();

    protected Appraisal() {
    }

    Appraisal(Long dossierId, String reviewer, Instant appraisedAt, Recommendation recommendation, String opinion,
            List<CriterionFinding> findings) {
        this.dossierId = dossierId;
        this.reviewer = reviewer;
        this.appraisedAt = appraisedAt;
        this.recommendation = recommendation;
        this.opinion = opinion;
        this.findings.addAll(findings);
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getAppraisedAt() {
        return appraisedAt;
    }

    /** Null when the appraisal ended with a request for supplement. */
    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getOpinion() {
        return opinion;
    }

    public List<CriterionFinding> getFindings() {
        return List.copyOf(findings);
    }
}
