-- Wrong passwords per account AND client address (replaces login_failure, which counted per account only, so
-- five requests from anywhere locked anyone out). Each attempt locks its row for the password check, so
-- parallel guesses are counted one after the other; blocked_until is the growing delay, then the lock.
DROP TABLE login_failure;
CREATE TABLE login_throttle (
    username      VARCHAR(64) NOT NULL,
    address       VARCHAR(64) NOT NULL,
    failures      INT         NOT NULL,
    last_failure  DATETIME(6) NULL,
    blocked_until DATETIME(6) NULL,
    PRIMARY KEY (username, address),
    INDEX ix_throttle_last_failure (last_failure)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
