-- E-mail: who receives mail at which address and in which language, what each user wants per kind of
-- event (or the administrator's default), the outbox the sender reads, and which daily digests went out.
CREATE TABLE mail_recipient (
    username VARCHAR(64)  NOT NULL PRIMARY KEY,
    email    VARCHAR(254) NOT NULL,
    language VARCHAR(8)   NOT NULL,
    CONSTRAINT fk_mail_recipient_user FOREIGN KEY (username) REFERENCES user_account (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user's choice per kind; without a row the default below, without that the built-in one.
CREATE TABLE mail_preference (
    username VARCHAR(64) NOT NULL,
    kind     VARCHAR(40) NOT NULL,
    delivery VARCHAR(16) NOT NULL,
    PRIMARY KEY (username, kind),
    CONSTRAINT fk_mail_preference_user FOREIGN KEY (username) REFERENCES user_account (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mail_default (
    kind     VARCHAR(40) NOT NULL PRIMARY KEY,
    delivery VARCHAR(16) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written in the transaction of the event; sent after it commits. sent_at is set in the transaction that holds
-- the row's lock while the SMTP server takes the message, so two senders never send one row.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME(6)   NULL,
    given_up_at     DATETIME(6)   NULL,
    INDEX ix_mail_outbox_due (sent_at, given_up_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One digest per user and day, whichever node makes it.
CREATE TABLE mail_digest (
    username   VARCHAR(64) NOT NULL,
    day        DATE        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (username, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
