-- The annual review and revocation procedure of the registry (DOMAIN.md §3 step 7): what happened to an
-- entry under review, kept after the procedure ends so the village page can show it.
CREATE TABLE registry_review_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id        BIGINT        NOT NULL,
    review_year     INT           NULL,
    action          VARCHAR(24)   NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    happened_at     TIMESTAMP(6)  NOT NULL,
    note            VARCHAR(2000) NULL,
    decision_number VARCHAR(64)   NULL,
    INDEX registry_review_event_entry (entry_id, happened_at),
    CONSTRAINT registry_review_event_entry FOREIGN KEY (entry_id) REFERENCES registry_entry (id)
);
