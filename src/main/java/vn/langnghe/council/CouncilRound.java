package vn.langnghe.council;

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
import java.util.ArrayList;
import java.util.List;

/** One sitting of the evaluation council: who sits, how many must vote, and how many must agree. */
@Entity
@Table(name = "council_round")
public class CouncilRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CouncilStatus status = CouncilStatus.DRAFT;

    @Column(nullable = false)
    private String chair;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_member", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<CouncilMember> members = new ArrayList<>();

    @Column(nullable = false)
    private int quorum;

    @Column(name = "threshold_percent", nullable = false)
    private int thresholdPercent;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by_chair")
    private Boolean closedByChair;

    protected CouncilRound() {
    }

    CouncilRound(String name, List<CouncilMember> members, String chair, int quorum, int thresholdPercent,
            String createdBy, Instant now) {
        this.name = name;
        this.members.addAll(members);
        this.chair = chair;
        this.quorum = quorum;
        this.thresholdPercent = thresholdPercent;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void open(Instant now) {
        status = CouncilStatus.OPEN;
        openedAt = now;
    }

    void close(boolean byChair, Instant now) {
        status = CouncilStatus.CLOSED;
        closedByChair = byChair;
        closedAt = now;
    }

    public boolean isMember(String username) {
        return members.stream().anyMatch(m -> m.username().equals(username));
    }

    public String fullNameOf(String username) {
        return members.stream().filter(m -> m.username().equals(username)).map(CouncilMember::fullName)
                .findFirst().orElse(username);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public CouncilStatus getStatus() {
        return status;
    }

    public String getChair() {
        return chair;
    }

    public List<CouncilMember> getMembers() {
        return List.copyOf(members);
    }

    public int getQuorum() {
        return quorum;
    }

    public int getThresholdPercent() {
        return thresholdPercent;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Boolean getClosedByChair() {
        return closedByChair;
    }
}
