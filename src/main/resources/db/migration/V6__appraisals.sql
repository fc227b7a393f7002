-- Appraisals: a reviewer's finding per criterion, recommendation and opinion (DOMAIN.md §3 step 3).
CREATE TABLE appraisal (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id     BIGINT        NOT NULL,
    reviewer       VARCHAR(64)   NOT NULL,
    appraised_at   DATETIME(6)   NOT NULL,
    recommendation VARCHAR(16)   NULL,
    opinion        VARCHAR(4000) NULL,
    CONSTRAINT fk_appraisal_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    INDEX ix_appraisal_dossier (dossier_id, appraised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appraisal_finding (
    appraisal_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    code         VARCHAR(8)    NOT NULL,
    passed       BOOLEAN       NOT NULL,
    reason       VARCHAR(2000) NULL,
    PRIMARY KEY (appraisal_id, position),
    CONSTRAINT fk_finding_appraisal FOREIGN KEY (appraisal_id) REFERENCES appraisal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
