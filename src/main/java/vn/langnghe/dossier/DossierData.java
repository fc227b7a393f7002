package vn.langnghe.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.criteria.Title;
import vn.langnghe.criteria.YearlyProduction;

/**
 * What a commune officer enters, from the form or the API. A draft may leave anything but the title
 * empty; {@link DossierRequirements} says what submitting needs. The constraints here hold for
 * drafts too: nothing out of range is ever stored.
 */
public class DossierData {

    private long version;

    @NotNull(message = "{dossier.error.title}")
    private Title title;

    @Size(max = 200, message = "{dossier.error.villageName}")
    private String villageName;

    /** The village's registry entry, chosen from the commune's list; null for a new village. */
    private Long villageEntryId;

    private List<@Size(min = 1, max = 100, message = "{dossier.error.hamlet}") String> hamlets = new ArrayList<>();

    @Min(value = 1, message = "{dossier.error.activityGroup}")
    @Max(value = 7, message = "{dossier.error.activityGroup}")
    private Integer activityGroup;

    @Size(max = 200, message = "{dossier.error.craft}")
    private String craft;

    private Integer totalHouseholds;

    private Integer participatingHouseholds;

    @Min(value = 0, message = "{dossier.error.workers}")
    @Max(value = 10_000_000, message = "{dossier.error.workers}")
    private Integer workersTotal;

    @Min(value = 0, message = "{dossier.error.workers}")
    @Max(value = 10_000_000, message = "{dossier.error.workers}")
    private Integer workersRegular;

    private List<ProductionYear> production = new ArrayList<>();

    private Integer craftSinceYear;

    private boolean craftAlreadyRecognised;

    private boolean villageAlreadyRecognised;

    @Size(max = 50, message = "{dossier.error.artisans}")
    private List<Artisan> artisans = new ArrayList<>();

    @Size(max = 200, message = "{dossier.error.contactName}")
    private String contactName;

    @Pattern(regexp = "^[0-9 +().-]{6,20}$", message = "{dossier.error.contactPhone}")
    private String contactPhone;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Title getTitle() {
        return title;
    }

    public void setTitle(Title title) {
        this.title = title;
    }

    public String getVillageName() {
        return villageName;
    }

    public void setVillageName(String villageName) {
        this.villageName = villageName;
    }

    public Long getVillageEntryId() {
        return villageEntryId;
    }

    public void setVillageEntryId(Long villageEntryId) {
        this.villageEntryId = villageEntryId;
    }

    public List<String> getHamlets() {
        return hamlets;
    }

    public void setHamlets(List<String> hamlets) {
        this.hamlets = hamlets == null ? new ArrayList<>() : hamlets;
    }

    public Integer getActivityGroup() {
        return activityGroup;
    }

    public void setActivityGroup(Integer activityGroup) {
        this.activityGroup = activityGroup;
    }

    public String getCraft() {
        return craft;
    }

    public void setCraft(String craft) {
        this.craft = craft;
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

    public List<ProductionYear> getProduction() {
        return production;
    }

    /** The production figures as the criteria read them. */
    public List<YearlyProduction> yearlyProduction() {
        return production.stream().map(p -> new YearlyProduction(p.year(), p.value())).toList();
    }

    public void setProduction(List<ProductionYear> production) {
        this.production = production == null ? new ArrayList<>() : production;
    }

    public Integer getCraftSinceYear() {
        return craftSinceYear;
    }

    public void setCraftSinceYear(Integer craftSinceYear) {
        this.craftSinceYear = craftSinceYear;
    }

    public boolean isCraftAlreadyRecognised() {
        return craftAlreadyRecognised;
    }

    public void setCraftAlreadyRecognised(boolean craftAlreadyRecognised) {
        this.craftAlreadyRecognised = craftAlreadyRecognised;
    }

    public boolean isVillageAlreadyRecognised() {
        return villageAlreadyRecognised;
    }

    public void setVillageAlreadyRecognised(boolean villageAlreadyRecognised) {
        this.villageAlreadyRecognised = villageAlreadyRecognised;
    }

    public List<Artisan> getArtisans() {
        return artisans;
    }

    public void setArtisans(List<Artisan> artisans) {
        this.artisans = artisans == null ? new ArrayList<>() : artisans;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
