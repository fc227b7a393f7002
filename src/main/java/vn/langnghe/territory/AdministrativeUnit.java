package vn.langnghe.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A province, district or commune as it was between {@code validFrom} and {@code validTo} (open
 * ended when null). A unit dissolved by a merger names its {@code successor}.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdministrativeLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdministrativeUnit parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private AdministrativeUnit successor;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected AdministrativeUnit() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public AdministrativeLevel getLevel() {
        return level;
    }

    public AdministrativeUnit getParent() {
        return parent;
    }

    public AdministrativeUnit getSuccessor() {
        return successor;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
