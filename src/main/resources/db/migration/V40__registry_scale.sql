-- The registry at national scale (issue 8: 100,000 villages × 10 yearly reports, measured by RegistryBenchmark).

-- A registry page filtered by province and status reads its ids from this index in name order (the id is part
-- of every InnoDB index), so no page sorts the province's entries, however deep. It covers what the index on
-- (province_id, status) did, which it replaces.
CREATE INDEX ix_entry_province_status_name ON registry_entry (province_id, status, name);
DROP INDEX ix_entry_province_status ON registry_entry;

-- Whether a title was in force at the end of a year, and what the dashboard counts by: its figures read this
-- narrow index instead of every entry's row.
CREATE INDEX ix_entry_in_force ON registry_entry (status, recognised_on, revoked_on, kind, title, activity_group,
    current_commune_id);
