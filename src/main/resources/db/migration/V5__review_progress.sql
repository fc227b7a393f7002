-- The statutory clock and the supplement loop (DOMAIN.md §3 steps 2, 3 and 6).
ALTER TABLE dossier
    ADD COLUMN accepted_on         DATE          NULL,
    ADD COLUMN paused_working_days INT           NOT NULL DEFAULT 0,
    ADD COLUMN paused_since        DATE          NULL,
    ADD COLUMN returned_from       VARCHAR(16)   NULL,
    ADD COLUMN return_reason       VARCHAR(2000) NULL,
    ADD COLUMN supplement_deadline DATE          NULL;
