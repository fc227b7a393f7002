-- The registry of villages and traditional crafts after recognition (DOMAIN.md §3 step 7), with the
-- administrative units as they were when recorded and as they are now (the 2025 reform, §5).
CREATE TABLE registry_entry (
    id                         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                    BIGINT        NOT NULL DEFAULT 0,
    kind                       VARCHAR(8)    NOT NULL,
    name                       VARCHAR(200)  NOT NULL,
    title                      VARCHAR(32)   NULL,
    status                     VARCHAR(16)   NOT NULL,
    activity_group             INT           NULL,
    craft                      VARCHAR(200)  NULL,
    village_id                 BIGINT        NULL,
    commune_id                 BIGINT        NOT NULL,
    district_id                BIGINT        NULL,
    current_commune_id         BIGINT        NOT NULL,
    province_id                BIGINT        NOT NULL,
    recognised_on              DATE          NULL,
    decision_number            VARCHAR(64)   NULL,
    dossier_id                 BIGINT        NULL,
    revoked_on                 DATE          NULL,
    revocation_decision_number VARCHAR(64)   NULL,
    revocation_reason          VARCHAR(2000) NULL,
    -- Name, craft and unit names without diacritics or case ("lac son" finds "Lạc Sơn"; đ folds to d,
    -- which utf8mb4_unicode_ci does not do).
    search_text                VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_entry_village FOREIGN KEY (village_id) REFERENCES registry_entry (id),
    CONSTRAINT fk_entry_commune FOREIGN KEY (commune_id) REFERENCES administrative_unit (id),
    CONSTRAINT fk_entry_district FOREIGN KEY (district_id) REFERENCES administrative_unit (id),
    CONSTRAINT fk_entry_current_commune FOREIGN KEY (current_commune_id) REFERENCES administrative_unit (id),
    CONSTRAINT fk_entry_province FOREIGN KEY (province_id) REFERENCES administrative_unit (id),
    INDEX ix_entry_name (name, id),
    INDEX ix_entry_commune_name (commune_id, kind, name),
    INDEX ix_entry_current_commune (current_commune_id, status),
    INDEX ix_entry_status_title (status, title, activity_group),
    INDEX ix_entry_province_status (province_id, status),
    INDEX ix_entry_village (village_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registry_hamlet (
    entry_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(100) NOT NULL,
    PRIMARY KEY (entry_id, position),
    CONSTRAINT fk_hamlet_entry FOREIGN KEY (entry_id) REFERENCES registry_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One report per village and year; a correction is a new version and the old one is kept
-- (current = FALSE). The dashboard sums the current reports of a year: the index covers that query.
CREATE TABLE labour_report (
    id                       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id                 BIGINT      NOT NULL,
    report_year              INT         NOT NULL,
    revision                 INT         NOT NULL,
    current                  BOOLEAN     NOT NULL,
    total_households         INT         NOT NULL,
    participating_households INT         NOT NULL,
    workers_total            INT         NOT NULL,
    workers_regular          INT         NOT NULL,
    production_value         BIGINT      NOT NULL,
    revenue                  BIGINT      NOT NULL,
    illustrative             BOOLEAN     NOT NULL DEFAULT FALSE,
    filed_by                 VARCHAR(64) NOT NULL,
    filed_at                 DATETIME(6) NOT NULL,
    CONSTRAINT fk_report_entry FOREIGN KEY (entry_id) REFERENCES registry_entry (id),
    CONSTRAINT uq_report_revision UNIQUE (entry_id, report_year, revision),
    INDEX ix_report_year_current (report_year, current, entry_id, total_households, participating_households,
        workers_total, workers_regular, production_value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dashboard: dossiers decided in a year, within the statutory limit or late.
CREATE INDEX ix_dossier_decided ON dossier (decided_on, decided_within_limit);
