package vn.langnghe.village;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.langnghe.common.Folding;
import vn.langnghe.criteria.Title;
import vn.langnghe.territory.Placement;

/**
 * A village or traditional craft the province knows, recognised or not. The commune and district are
 * kept as they were when recorded; the current commune and province follow the 2025 reform.
 */
@Entity
@Table(name = "registry_entry")
public class RegistryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryKind kind;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    private Title title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistryStatus status = RegistryStatus.NOT_RECOGNISED;

    @Column(name = "activity_group")
    private Integer activityGroup;

    private String craft;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "registry_hamlet", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> hamlets = new ArrayList<>();

    /** For a traditional craft: the entry of its village. */
    @Column(name = "village_id")
    private Long villageId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "current_commune_id", nullable = false)
    private Long currentCommuneId;

    @Column(name = "province_id", nullable = false)
    private Long provinceId;

    @Column(name = "recognised_on")
    private LocalDate recognisedOn;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revocation_decision_number")
    private String revocationDecisionNumber;

    @Column(name = "revocation_reason", length = 2000)
    private String revocationReason;

    @Column(name = "search_text", nullable = false, length = 1000)
    private String searchText;

    protected RegistryEntry() {
    }

    RegistryEntry(EntryKind kind, String name, Placement placement) {
        this.kind = kind;
        this.name = name;
        this.communeId = placement.commune().id();
        this.districtId = placement.district() == null ? null : placement.district().id();
        this.currentCommuneId = placement.communeNow().id();
        this.provinceId = placement.provinceNow().id();
    }

    /** Records a title granted by a numbered decision. */
    void recognise(Title title, LocalDate on, String decision, Long dossier) {
        this.title = title;
        this.status = RegistryStatus.RECOGNISED;
        this.recognisedOn = on;
        this.decisionNumber = decision;
        this.dossierId = dossier;
        this.revokedOn = null;
        this.revocationDecisionNumber = null;
        this.revocationReason = null;
    }

    void describe(Integer activityGroup, String craft, List<String> hamlets) {
        if (activityGroup != null) {
            this.activityGroup = activityGroup;
        }
        if (craft != null && !craft.isBlank()) {
            this.craft = craft;
        }
        if (hamlets != null && !hamlets.isEmpty()) {
            this.hamlets.clear();
            this.hamlets.addAll(hamlets);
        }
    }

    void belongTo(RegistryEntry village) {
        this.villageId = village.getId();
    }

    void startReview() {
        status = RegistryStatus.UNDER_REVIEW;
    }

    /** The review ended without revocation: the title stays in force. */
    void endReview() {
        status = RegistryStatus.RECOGNISED;
    }

    void revoke(String decision, String reason, LocalDate on) {
        status = RegistryStatus.REVOKED;
        revocationDecisionNumber = decision;
        revocationReason = reason;
        revokedOn = on;
    }

    void index(Placement placement) {
        searchText = searchText(name, craft, placement);
    }

    /**
     * What search looks at, folded: the name, the craft and every unit name, old and new. Public so that
     * bulk loads (the registry benchmark) store exactly what the application would.
     */
    public static String searchText(String name, String craft, Placement placement) {
        return Stream.of(name, craft, placement.commune().name(),
                        placement.district() == null ? null : placement.district().name(),
                        placement.communeNow().name(), placement.provinceNow().name())
                .map(Folding::fold).filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(" | "));
    }

    public Long getId() {
        return id;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Title getTitle() {
        return title;
    }

    public RegistryStatus getStatus() {
        return status;
    }

    public Integer getActivityGroup() {
        return activityGroup;
    }

    public String getCraft() {
        return craft;
    }

    public List<String> getHamlets() {
        return List.copyOf(hamlets);
    }

    public Long getVillageId() {
        return villageId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public Long getCurrentCommuneId() {
        return currentCommuneId;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevocationDecisionNumber() {
        return revocationDecisionNumber;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
