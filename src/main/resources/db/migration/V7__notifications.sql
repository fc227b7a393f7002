-- In-app notifications: addressed to a role or to a commune; read receipts per user.
CREATE TABLE notification (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_role       VARCHAR(32)   NULL,
    recipient_commune_id BIGINT        NULL,
    message_key          VARCHAR(100)  NOT NULL,
    arguments            VARCHAR(4000) NULL,
    dossier_id           BIGINT        NULL,
    created_at           DATETIME(6)   NOT NULL,
    INDEX ix_notification_role (recipient_role, created_at),
    INDEX ix_notification_commune (recipient_commune_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_read (
    notification_id BIGINT      NOT NULL,
    username        VARCHAR(64) NOT NULL,
    PRIMARY KEY (notification_id, username),
    CONSTRAINT fk_read_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
