-- Issue 18: the units in force since the 2025 reform carry their official GSO code and what they were
-- formed from, and every unit a reform dissolved links to each unit it became part of.
--
-- * code: the GSO code ("25" for Phú Thọ, "05347" for Xã Đại Đồng); null for units no longer in force
--   whose code this project does not hold.
-- * formed_from: the list as published ("Xã Ân Nghĩa, Xã Tân Mỹ, Xã Yên Nghiệp").
-- * search_text: name, code and formed_from folded to ASCII without diacritics, for the unit picker and
--   the public API ("yen nghiep" finds Xã Đại Đồng).
-- * successor_id stays the one unit a dissolved unit became part of; a unit split across several
--   successors has none there (the record's own location decides) and one row per successor in
--   administrative_unit_link, which holds every link, split or not.
ALTER TABLE administrative_unit
    ADD COLUMN code VARCHAR(8) NULL,
    ADD COLUMN formed_from VARCHAR(2000) NULL,
    ADD COLUMN search_text VARCHAR(2400) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD CONSTRAINT uq_unit_code UNIQUE (code),
    ADD INDEX ix_unit_in_force (level, parent_id, valid_to, name);

CREATE TABLE administrative_unit_link (
    predecessor_id BIGINT NOT NULL,
    successor_id   BIGINT NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id),
    CONSTRAINT fk_link_predecessor FOREIGN KEY (predecessor_id) REFERENCES administrative_unit (id),
    CONSTRAINT fk_link_successor FOREIGN KEY (successor_id) REFERENCES administrative_unit (id),
    INDEX ix_link_successor (successor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Xã Đồng Tân (huyện Mai Châu) was split between Xã Mai Châu and Xã Pà Cò: kept as the example of a split.
INSERT INTO administrative_unit (id, name, level, parent_id, successor_id, valid_from, valid_to)
VALUES (110, 'Đồng Tân', 'COMMUNE', 11, NULL, NULL, NULL);

-- The Phú Thọ of today, formed from three provinces; its old part Hòa Bình already names it as successor.
UPDATE administrative_unit SET code = '25' WHERE id = 1;
INSERT INTO administrative_unit_link (predecessor_id, successor_id) VALUES (2, 1);
