-- Registry search at national scale (issue 8: under 100 ms over 100,000 entries, measured by RegistryBenchmark).
--
-- A search is "contains", LIKE '%lang gom%', which no B-tree can seek. It is made cheap instead:
-- * the folded text is plain ASCII (Folding), kept in an ASCII column compared byte by byte: LIKE over
--   utf8mb4 reads every character as a multi-byte sequence and is about three times slower;
-- * an index on it (with the name, by which a page is sorted) lets the count and a page's ids read this
--   narrow index alone instead of every entry's whole row.
-- Anything already stored that is not ASCII becomes "?", as Folding now folds it.
UPDATE registry_entry SET search_text = CONVERT(search_text USING ascii);
ALTER TABLE registry_entry MODIFY search_text VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
CREATE INDEX ix_entry_search ON registry_entry (search_text, name);
