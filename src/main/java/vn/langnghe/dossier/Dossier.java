package vn.langnghe.dossier;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import vn.langnghe.criteria.Title;

/** An application for recognition of one title, for one village or craft of one commune. */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Title title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DossierState state = DossierState.DRAFT;

    @Column(name = "village_name")
    private String villageName;

    /** The registry entry of the village the dossier is about; null for a village the registry does not know. */
    @Column(name = "village_entry_id")
    private Long villageEntryId;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "dossier_hamlet", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> hamlets = new ArrayList<>();

    @Column(name = "activity_group")
    private Integer activityGroup;

    private String craft;

    @Column(name = "total_households")
    private Integer totalHouseholds;

    @Column(name = "participating_households")
    private Integer participatingHouseholds;

    @Column(name = "workers_total")
    private Integer workersTotal;

    @Column(name = "workers_regular")
    private Integer workersRegular;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "dossier_production", joinColumns = @JoinColumn(name = "dossier_id"))
    private List<ProductionYear> production = new ArrayList<>();

    @Column(name = "craft_since_year")
    private Integer craftSinceYear;

    @Column(name = "craft_already_recognised", nullable = false)
    private boolean craftAlreadyRecognised;

    @Column(name = "village_already_recognised", nullable = false)
    private boolean villageAlreadyRecognised;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "dossier_artisan", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    private List<Artisan> artisans = new ArrayList<>();

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The application date: the day of the latest submission. */
    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    /** The day the dossier was accepted as valid: the statutory clock starts here. */
    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    /** Working days the clock has been paused for supplements, not counting a pause still running. */
    @Column(name = "paused_working_days", nullable = false)
    private int pausedWorkingDays;

    /** Set while the dossier is with the commune after acceptance: the clock is paused since then. */
    @Column(name = "paused_since")
    private LocalDate pausedSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "returned_from")
    private ReviewStage returnedFrom;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_within_limit")
    private Boolean decidedWithinLimit;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "supplement_deadline")
    private LocalDate supplementDeadline;

    protected Dossier() {
    }

    Dossier(Long communeId, String createdBy, Instant now) {
        this.communeId = communeId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies what the commune entered; the caller has validated it. */
    void apply(DossierData data, Instant now) {
        title = data.getTitle();
        villageName = data.getVillageName();
        villageEntryId = data.getVillageEntryId();
        hamlets.clear();
        hamlets.addAll(data.getHamlets());
        activityGroup = data.getActivityGroup();
        craft = data.getCraft();
        totalHouseholds = data.getTotalHouseholds();
        participatingHouseholds = data.getParticipatingHouseholds();
        workersTotal = data.getWorkersTotal();
        workersRegular = data.getWorkersRegular();
        production.clear();
        data.getProduction().stream().sorted(Comparator.comparingInt(ProductionYear::year)).forEach(production::add);
        craftSinceYear = data.getCraftSinceYear();
        craftAlreadyRecognised = data.isCraftAlreadyRecognised();
        villageAlreadyRecognised = data.isVillageAlreadyRecognised();
        artisans.clear();
        artisans.addAll(data.getArtisans());
        contactName = data.getContactName();
        contactPhone = data.getContactPhone();
        updatedAt = now;
    }

    void submit(LocalDate on, Instant now) {
        state = DossierState.SUBMITTED;
        submittedOn = on;
        updatedAt = now;
    }

    /** The commune answered a return: the pause ends and the dossier goes back where it was returned from. */
    void resubmit(int workingDaysPaused, Instant now) {
        pausedWorkingDays += workingDaysPaused;
        pausedSince = null;
        state = returnedFrom == ReviewStage.APPRAISAL ? DossierState.IN_APPRAISAL : DossierState.SUBMITTED;
        returnReason = null;
        supplementDeadline = null;
        updatedAt = now;
    }

    void accept(LocalDate on, Instant now) {
        if (acceptedOn == null) {
            acceptedOn = on;
        }
        state = DossierState.IN_APPRAISAL;
        updatedAt = now;
    }

    void returnForSupplement(ReviewStage stage, String reason, LocalDate deadline, LocalDate on, Instant now) {
        state = DossierState.RETURNED;
        returnedFrom = stage;
        returnReason = reason;
        supplementDeadline = deadline;
        if (acceptedOn != null) {
            pausedSince = on;
        }
        updatedAt = now;
    }

    void awaitCouncil(Instant now) {
        state = DossierState.AWAITING_COUNCIL;
        updatedAt = now;
    }

    void withdraw(Instant now) {
        state = DossierState.WITHDRAWN;
        pausedSince = null;
        updatedAt = now;
    }

    void enterCouncil(Instant now) {
        state = DossierState.IN_COUNCIL;
        updatedAt = now;
    }

    /** No quorum: back in the queue for a later round. */
    void awaitNextCouncil(Instant now) {
        state = DossierState.AWAITING_COUNCIL;
        updatedAt = now;
    }

    void awaitDecision(Instant now) {
        state = DossierState.AWAITING_DECISION;
        updatedAt = now;
    }

    /** The procedure ends (not recommended, recognised or rejected); the statutory clock stops. */
    void decide(DossierState outcome, String reason, LocalDate on, boolean withinLimit, Instant now) {
        state = outcome;
        decisionReason = reason;
        decidedOn = on;
        decidedWithinLimit = withinLimit;
        updatedAt = now;
    }

    /** What a form shows for this dossier, to edit. */
    public DossierData toData() {
        DossierData data = new DossierData();
        data.setVersion(version);
        data.setTitle(title);
        data.setVillageName(villageName);
        data.setVillageEntryId(villageEntryId);
        data.setHamlets(new ArrayList<>(hamlets));
        data.setActivityGroup(activityGroup);
        data.setCraft(craft);
        data.setTotalHouseholds(totalHouseholds);
        data.setParticipatingHouseholds(participatingHouseholds);
        data.setWorkersTotal(workersTotal);
        data.setWorkersRegular(workersRegular);
        data.setProduction(new ArrayList<>(production));
        data.setCraftSinceYear(craftSinceYear);
        data.setCraftAlreadyRecognised(craftAlreadyRecognised);
        data.setVillageAlreadyRecognised(villageAlreadyRecognised);
        data.setArtisans(new ArrayList<>(artisans));
        data.setContactName(contactName);
        data.setContactPhone(contactPhone);
        return data;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public Title getTitle() {
        return title;
    }

    public DossierState getState() {
        return state;
    }

    public String getVillageName() {
        return villageName;
    }

    public Long getVillageEntryId() {
        return villageEntryId;
    }

    public List<String> getHamlets() {
        return List.copyOf(hamlets);
    }

    public Integer getActivityGroup() {
        return activityGroup;
    }

    public String getCraft() {
        return craft;
    }

    public Integer getTotalHouseholds() {
        return totalHouseholds;
    }

    public Integer getParticipatingHouseholds() {
        return participatingHouseholds;
    }

    public Integer getWorkersTotal() {
        return workersTotal;
    }

    public Integer getWorkersRegular() {
        return workersRegular;
    }

    public List<ProductionYear> getProduction() {
        return List.copyOf(production);
    }

    public Integer getCraftSinceYear() {
        return craftSinceYear;
    }

    public boolean isCraftAlreadyRecognised() {
        return craftAlreadyRecognised;
    }

    public boolean isVillageAlreadyRecognised() {
        return villageAlreadyRecognised;
    }

    public List<Artisan> getArtisans() {
        return List.copyOf(artisans);
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public int getPausedWorkingDays() {
        return pausedWorkingDays;
    }

    public LocalDate getPausedSince() {
        return pausedSince;
    }

    public ReviewStage getReturnedFrom() {
        return returnedFrom;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    /** Null until decided. */
    public Boolean getDecidedWithinLimit() {
        return decidedWithinLimit;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getSupplementDeadline() {
        return supplementDeadline;
    }
}
