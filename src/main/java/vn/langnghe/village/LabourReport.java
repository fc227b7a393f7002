package vn.langnghe.village;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A commune's yearly figures for one recognised village. Never changed once filed: a correction is a
 * new revision, and the one it replaces stays, no longer current.
 */
@Entity
@Table(name = "labour_report")
public class LabourReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private boolean current;

    @Column(name = "total_households", nullable = false)
    private int totalHouseholds;

    @Column(name = "participating_households", nullable = false)
    private int participatingHouseholds;

    @Column(name = "workers_total", nullable = false)
    private int workersTotal;

    @Column(name = "workers_regular", nullable = false)
    private int workersRegular;

    @Column(name = "production_value", nullable = false)
    private long productionValue;

    @Column(nullable = false)
    private long revenue;

    /** Demo figures made up to match published totals, shown as such. */
    @Column(nullable = false)
    private boolean illustrative;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    protected LabourReport() {
    }

    /** A validated report; the caller has checked every figure. */
    LabourReport(Long entryId, int revision, LabourFigures figures, boolean illustrative, String filedBy,
            Instant filedAt) {
        this.entryId = entryId;
        this.year = figures.getYear();
        this.revision = revision;
        this.current = true;
        this.totalHouseholds = figures.getTotalHouseholds();
        this.participatingHouseholds = figures.getParticipatingHouseholds();
        this.workersTotal = figures.getWorkersTotal();
        this.workersRegular = figures.getWorkersRegular();
        this.productionValue = figures.getProductionValue();
        this.revenue = figures.getRevenue();
        this.illustrative = illustrative;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
    }

    void supersede() {
        current = false;
    }

    /** The figures as a form shows them, to correct. */
    public LabourFigures toFigures() {
        return new LabourFigures(year, totalHouseholds, participatingHouseholds, workersTotal, workersRegular,
                productionValue, revenue);
    }

    /** Participating households as a share of all, in per cent (one decimal is enough for display). */
    public double participationPercent() {
        return totalHouseholds == 0 ? 0 : participatingHouseholds * 100.0 / totalHouseholds;
    }

    public Long getId() {
        return id;
    }

    public Long getEntryId() {
        return entryId;
    }

    public int getYear() {
        return year;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isCurrent() {
        return current;
    }

    public int getTotalHouseholds() {
        return totalHouseholds;
    }

    public int getParticipatingHouseholds() {
        return participatingHouseholds;
    }

    public int getWorkersTotal() {
        return workersTotal;
    }

    public int getWorkersRegular() {
        return workersRegular;
    }

    public long getProductionValue() {
        return productionValue;
    }

    public long getRevenue() {
        return revenue;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }
}
