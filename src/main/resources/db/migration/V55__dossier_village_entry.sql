-- A dossier names the registry entry of the village it is about (chosen by the commune from its list),
-- or none for a village the registry does not know yet: the recorder never looks a village up by name.
ALTER TABLE dossier ADD COLUMN village_entry_id BIGINT NULL;
ALTER TABLE dossier ADD CONSTRAINT fk_dossier_village_entry FOREIGN KEY (village_entry_id) REFERENCES registry_entry (id);
