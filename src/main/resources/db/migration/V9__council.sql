-- The evaluation council (DOMAIN.md §3 step 4): rounds, their members and agenda, and the votes.
ALTER TABLE dossier ADD COLUMN decision_reason VARCHAR(2000) NULL;

CREATE TABLE council_round (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    name              VARCHAR(200)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    chair             VARCHAR(100)  NOT NULL,
    quorum            INT           NOT NULL,
    threshold_percent INT           NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    opened_at         TIMESTAMP(6)  NULL,
    closed_at         TIMESTAMP(6)  NULL,
    closed_by_chair   BOOLEAN       NULL,
    INDEX council_round_status (status, created_at)
);

CREATE TABLE council_member (
    round_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    username  VARCHAR(100) NOT NULL,
    full_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (round_id, position),
    UNIQUE KEY council_member_once (round_id, username),
    CONSTRAINT council_member_round FOREIGN KEY (round_id) REFERENCES council_round (id)
);

CREATE TABLE council_agenda_item (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id   BIGINT      NOT NULL,
    dossier_id BIGINT      NOT NULL,
    result     VARCHAR(20) NULL,
    agree      INT         NULL,
    disagree   INT         NULL,
    recused    INT         NULL,
    UNIQUE KEY council_agenda_once (round_id, dossier_id),
    INDEX council_agenda_dossier (dossier_id),
    CONSTRAINT council_agenda_round FOREIGN KEY (round_id) REFERENCES council_round (id),
    CONSTRAINT council_agenda_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);

CREATE TABLE council_vote (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id   BIGINT        NOT NULL,
    dossier_id BIGINT        NOT NULL,
    member     VARCHAR(100)  NOT NULL,
    outcome    VARCHAR(16)   NOT NULL,
    opinion    VARCHAR(4000) NOT NULL,
    cast_at    TIMESTAMP(6)  NOT NULL,
    UNIQUE KEY council_vote_once (round_id, dossier_id, member),
    INDEX council_vote_dossier (dossier_id),
    CONSTRAINT council_vote_round FOREIGN KEY (round_id) REFERENCES council_round (id)
);

CREATE TABLE council_vote_remark (
    vote_id   BIGINT        NOT NULL,
    criterion VARCHAR(60)   NOT NULL,
    remark    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (vote_id, criterion),
    CONSTRAINT council_vote_remark_vote FOREIGN KEY (vote_id) REFERENCES council_vote (id)
);
