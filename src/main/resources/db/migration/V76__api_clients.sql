-- Machine clients (a province's one-stop system, say) that get short-lived tokens by OAuth2 client credentials.
-- Each acts in one role, and a commune officer's client for one commune; revoking a client refuses its tokens at once.
CREATE TABLE api_client (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id     VARCHAR(64)  NOT NULL,
    secret_hash   VARCHAR(255) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    commune_id    BIGINT       NULL,
    token_minutes INT          NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    revoked_at    DATETIME(6)  NULL,
    revoked_by    VARCHAR(64)  NULL,
    CONSTRAINT uq_api_client_id UNIQUE (client_id),
    CONSTRAINT fk_api_client_commune FOREIGN KEY (commune_id) REFERENCES administrative_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The key tokens are signed with: made by the first node that starts, read by every other.
CREATE TABLE api_signing_key (
    id          INT         NOT NULL PRIMARY KEY,
    private_key TEXT        NOT NULL,
    public_key  TEXT        NOT NULL,
    created_at  DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
