-- One yearly-cycle process per report year, whichever node starts it first.
CREATE TABLE yearly_cycle (
    report_year INT         NOT NULL PRIMARY KEY,
    started_at  DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
