-- Wrong passwords in a row per account, shared by every application node so that N nodes do not give a
-- password guesser N times the attempts. One row per existing account at most; removed on a right password.
CREATE TABLE login_failure (
    username     VARCHAR(64) NOT NULL PRIMARY KEY,
    failures     INT         NOT NULL,
    last_failure DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
