-- The registry at national scale (issue 8: 100,000 villages × 10 yearly reports, measured by RegistryBenchmark).

-- A registry page filtered by province and status reads its ids from this index in name order (the id is part
-- of every InnoDB index), so no page sorts the province's entries, however deep. It covers what the index on
-- (province_id, status) did, which it replaces.
CREATE INDEX ix_entry_province_status_name ON registry_entry (province_id, status, name);
DROP INDEX ix_entry_province_status ON registry_entry;
