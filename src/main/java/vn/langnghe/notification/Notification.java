package vn.langnghe.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One message for a role (every user who has it) or for a commune (its officers). The text is a message
 * key with arguments, so each reader sees it in their own language.
 */
@Entity
@Table(name = "notification")
public class Notification {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_role")
    private String recipientRole;

    @Column(name = "recipient_commune_id")
    private Long recipientCommuneId;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(length = 4000)
    private String arguments;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    Notification(String recipientRole, Long recipientCommuneId, String messageKey, List<String> arguments,
            Long dossierId, Instant createdAt) {
        this.recipientRole = recipientRole;
        this.recipientCommuneId = recipientCommuneId;
        this.messageKey = messageKey;
        this.arguments = String.join(SEPARATOR, arguments);
        this.dossierId = dossierId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** The role every holder of which is concerned, or null for a commune's notification. */
    public String getRecipientRole() {
        return recipientRole;
    }

    /** The commune whose officers are concerned, or null for a role's notification. */
    public Long getRecipientCommuneId() {
        return recipientCommuneId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null || arguments.isEmpty() ? new Object[0] : Arrays.stream(arguments.split(SEPARATOR)).toArray();
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
