-- Documents the province issues (decision, certificate, council minutes) and the yearly number series
-- of its decisions (DOMAIN.md §3 step 5).
CREATE TABLE issued_document (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(16)  NOT NULL,
    number     VARCHAR(40)  NULL,
    issued_on  DATE         NOT NULL,
    issued_at  TIMESTAMP(6) NOT NULL,
    issued_by  VARCHAR(100) NOT NULL,
    file_name  VARCHAR(200) NOT NULL,
    size       INT          NOT NULL,
    sha256     VARCHAR(64)  NOT NULL,
    UNIQUE KEY issued_document_number (kind, number)
);

CREATE TABLE issued_document_dossier (
    document_id BIGINT NOT NULL,
    dossier_id  BIGINT NOT NULL,
    PRIMARY KEY (document_id, dossier_id),
    INDEX issued_document_dossier_dossier (dossier_id),
    CONSTRAINT issued_document_dossier_document FOREIGN KEY (document_id) REFERENCES issued_document (id)
);

CREATE TABLE issued_document_content (
    document_id BIGINT   NOT NULL PRIMARY KEY,
    pdf         LONGBLOB NOT NULL,
    CONSTRAINT issued_document_content_document FOREIGN KEY (document_id) REFERENCES issued_document (id)
);

CREATE TABLE decision_number_series (
    year        INT         NOT NULL,
    series      VARCHAR(20) NOT NULL,
    last_number INT         NOT NULL,
    PRIMARY KEY (year, series)
);
