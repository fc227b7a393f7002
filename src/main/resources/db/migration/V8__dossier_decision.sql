ALTER TABLE dossier ADD COLUMN decided_on DATE NULL, ADD COLUMN decided_within_limit BOOLEAN NULL;
