package vn.langnghe.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a dossier's history: who did what, when. Never changed once written. */
@Entity
@Table(name = "dossier_event")
public class DossierEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    /** A message key suffix such as CREATED or SUBMITTED; the screens translate it. */
    @Column(nullable = false)
    private String type;

    /** Free text the actor gave (a reason, a file name), shown as entered. */
    @Column(length = 2000)
    private String detail;

    protected DossierEvent() {
    }

    public DossierEvent(Long dossierId, Instant at, String actor, String type, String detail) {
        this.dossierId = dossierId;
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getType() {
        return type;
    }

    public String getDetail() {
        return detail;
    }
}
