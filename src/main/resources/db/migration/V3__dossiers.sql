-- Dossiers for recognition (Decree 52/2018 Art. 6), their documents and history.
CREATE TABLE dossier (
    id                         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                    BIGINT       NOT NULL DEFAULT 0,
    commune_id                 BIGINT       NOT NULL,
    title                      VARCHAR(32)  NOT NULL,
    state                      VARCHAR(32)  NOT NULL,
    village_name               VARCHAR(200) NULL,
    activity_group             INT          NULL,
    craft                      VARCHAR(200) NULL,
    total_households           INT          NULL,
    participating_households   INT          NULL,
    workers_total              INT          NULL,
    workers_regular            INT          NULL,
    craft_since_year           INT          NULL,
    craft_already_recognised   BOOLEAN      NOT NULL DEFAULT FALSE,
    village_already_recognised BOOLEAN      NOT NULL DEFAULT FALSE,
    contact_name               VARCHAR(200) NULL,
    contact_phone              VARCHAR(20)  NULL,
    created_by                 VARCHAR(64)  NOT NULL,
    created_at                 DATETIME(6)  NOT NULL,
    updated_at                 DATETIME(6)  NOT NULL,
    submitted_on               DATE         NULL,
    CONSTRAINT fk_dossier_commune FOREIGN KEY (commune_id) REFERENCES administrative_unit (id),
    INDEX ix_dossier_commune_state (commune_id, state, updated_at),
    INDEX ix_dossier_state (state, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier_hamlet (
    dossier_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    name       VARCHAR(100) NOT NULL,
    PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_hamlet_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier_production (
    dossier_id       BIGINT NOT NULL,
    production_year  INT    NOT NULL,
    production_value BIGINT NOT NULL,
    PRIMARY KEY (dossier_id, production_year),
    CONSTRAINT fk_production_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier_artisan (
    dossier_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    honour     VARCHAR(200) NULL,
    PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_artisan_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id   BIGINT       NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_key  VARCHAR(64)  NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    INDEX ix_attachment_dossier (dossier_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier_event (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id BIGINT        NOT NULL,
    at         DATETIME(6)   NOT NULL,
    actor      VARCHAR(64)   NOT NULL,
    type       VARCHAR(32)   NOT NULL,
    detail     VARCHAR(2000) NULL,
    CONSTRAINT fk_event_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    INDEX ix_event_dossier (dossier_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
