-- Issued documents become verifiable: each has an unguessable verification code (printed with a QR code on
-- documents issued from now on), says whether it is digitally signed and archival (PDF/A with the code on
-- page 1), who signed it with which title, and what it concerns, so the public verification page can show it
-- without reading the dossier.
ALTER TABLE issued_document
    ADD COLUMN verification_code VARCHAR(16)  NULL,
    ADD COLUMN signed            BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN archival          BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN signer_name       VARCHAR(200) NULL,
    ADD COLUMN signer_title      VARCHAR(100) NULL,
    ADD COLUMN subject_title     VARCHAR(32)  NULL,
    ADD COLUMN subject_name      VARCHAR(500) NULL,
    ADD COLUMN subject_commune   VARCHAR(200) NULL,
    -- The SHA-256 of the file as first issued, when an administrator later re-signed it.
    ADD COLUMN original_sha256   VARCHAR(64)  NULL;

-- Documents issued before this change: a code of 16 hex digits (a subset of the new codes' alphabet), and
-- what they concern from their dossier.
UPDATE issued_document SET verification_code = UPPER(SUBSTRING(SHA2(CONCAT(UUID(), RAND(), id), 256), 1, 16));

UPDATE issued_document d
    JOIN issued_document_dossier x ON x.document_id = d.id
    JOIN dossier s ON s.id = x.dossier_id
    JOIN administrative_unit u ON u.id = s.commune_id
SET d.subject_title = s.title, d.subject_name = s.village_name, d.subject_commune = u.name
WHERE d.kind IN ('DECISION', 'CERTIFICATE', 'REVOCATION');

ALTER TABLE issued_document
    MODIFY verification_code VARCHAR(16) NOT NULL,
    ADD UNIQUE KEY issued_document_code (verification_code),
    ADD INDEX issued_document_sha256 (sha256),
    ADD INDEX issued_document_original_sha256 (original_sha256);
