package vn.langnghe.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A province, district or commune as it was between {@code validFrom} and {@code validTo} (open
 * ended when null). A unit dissolved by a merger names its {@code successor}; one split across several
 * names none there, and every link, split or not, is in {@code predecessors} / {@code successors}. Units in
 * force carry their official GSO {@code code} and the list they were {@code formedFrom} as published.
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

    private String code;

    @Column(name = "formed_from")
    private String formedFrom;

    /** Name, code and formed_from folded (see the migration V60); written by the migrations only. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "administrative_unit_link", joinColumns = @JoinColumn(name = "successor_id"),
            inverseJoinColumns = @JoinColumn(name = "predecessor_id"))
    private Set<AdministrativeUnit> predecessors = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY, mappedBy = "predecessors")
    private Set<AdministrativeUnit> successors = new HashSet<>();

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

    public String getCode() {
        return code;
    }

    public String getFormedFrom() {
        return formedFrom;
    }

    public Set<AdministrativeUnit> getPredecessors() {
        return Set.copyOf(predecessors);
    }

    public Set<AdministrativeUnit> getSuccessors() {
        return Set.copyOf(successors);
    }
}
