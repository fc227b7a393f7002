package vn.langnghe.village;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What a commune reports for one village and one year (docs/domain.md §3 step 7), from the form or the API.
 * Every figure is required; {@link RegistryService#fileReport} adds the checks across fields.
 */
public class LabourFigures {

    @NotNull(message = "{report.error.required}")
    private Integer year;

    @NotNull(message = "{report.error.required}")
    private Integer totalHouseholds;

    @NotNull(message = "{report.error.required}")
    private Integer participatingHouseholds;

    @NotNull(message = "{report.error.required}")
    @Min(value = 0, message = "{report.error.negative}")
    @Max(value = 10_000_000, message = "{dossier.error.workers}")
    private Integer workersTotal;

    @NotNull(message = "{report.error.required}")
    @Min(value = 0, message = "{report.error.negative}")
    @Max(value = 10_000_000, message = "{dossier.error.workers}")
    private Integer workersRegular;

    @NotNull(message = "{report.error.required}")
    @Min(value = 0, message = "{report.error.negative}")
    private Long productionValue;

    @NotNull(message = "{report.error.required}")
    @Min(value = 0, message = "{report.error.negative}")
    private Long revenue;

    public LabourFigures() {
    }

    public LabourFigures(Integer year, Integer totalHouseholds, Integer participatingHouseholds, Integer workersTotal,
            Integer workersRegular, Long productionValue, Long revenue) {
        this.year = year;
        this.totalHouseholds = totalHouseholds;
        this.participatingHouseholds = participatingHouseholds;
        this.workersTotal = workersTotal;
        this.workersRegular = workersRegular;
        this.productionValue = productionValue;
        this.revenue = revenue;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getTotalHouseholds() {
        return totalHouseholds;
    }

    public void setTotalHouseholds(Integer totalHouseholds) {
        this.totalHouseholds = totalHouseholds;
    }

    public Integer getParticipatingHouseholds() {
        return participatingHouseholds;
    }

    public void setParticipatingHouseholds(Integer participatingHouseholds) {
        this.participatingHouseholds = participatingHouseholds;
    }

    public Integer getWorkersTotal() {
        return workersTotal;
    }

    public void setWorkersTotal(Integer workersTotal) {
        this.workersTotal = workersTotal;
    }

    public Integer getWorkersRegular() {
        return workersRegular;
    }

    public void setWorkersRegular(Integer workersRegular) {
        this.workersRegular = workersRegular;
    }

    public Long getProductionValue() {
        return productionValue;
    }

    public void setProductionValue(Long productionValue) {
        this.productionValue = productionValue;
    }

    public Long getRevenue() {
        return revenue;
    }

    public void setRevenue(Long revenue) {
        this.revenue = revenue;
    }
}
