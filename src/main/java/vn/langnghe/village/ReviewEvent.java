package vn.langnghe.village;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an entry's review: who did what, when, and what they wrote. */
@Entity
@Table(name = "registry_review_event")
public class ReviewEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(name = "review_year")
    private Integer year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewAction action;

    @Column(nullable = false)
    private String actor;

    @Column(name = "happened_at", nullable = false)
    private Instant at;

    @Column(length = 2000)
    private String note;

    @Column(name = "decision_number")
    private String decisionNumber;

    protected ReviewEvent() {
    }

    ReviewEvent(Long entryId, Integer year, ReviewAction action, String actor, Instant at, String note,
            String decisionNumber) {
        this.entryId = entryId;
        this.year = year;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.note = note;
        this.decisionNumber = decisionNumber;
    }

    public Long getId() {
        return id;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Integer getYear() {
        return year;
    }

    public ReviewAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }
}
