-- Administrative units with validity dates (DOMAIN.md §5). Hòa Bình's units as they were before the
-- 2025 reform; the province merged into Phú Thọ on 1 July 2025.
CREATE TABLE administrative_unit (
    id           BIGINT       NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    level        VARCHAR(16)  NOT NULL,
    parent_id    BIGINT       NULL,
    successor_id BIGINT       NULL,
    valid_from   DATE         NULL,
    valid_to     DATE         NULL,
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES administrative_unit (id),
    CONSTRAINT fk_unit_successor FOREIGN KEY (successor_id) REFERENCES administrative_unit (id),
    INDEX ix_unit_level_name (level, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO administrative_unit (id, name, level, parent_id, successor_id, valid_from, valid_to) VALUES
    (1, 'Phú Thọ', 'PROVINCE', NULL, NULL, NULL, NULL),
    (2, 'Hòa Bình', 'PROVINCE', NULL, 1, NULL, '2025-06-30'),
    (10, 'Lạc Sơn', 'DISTRICT', 2, NULL, NULL, '2025-06-30'),
    (11, 'Mai Châu', 'DISTRICT', 2, NULL, NULL, '2025-06-30'),
    (12, 'Tân Lạc', 'DISTRICT', 2, NULL, NULL, '2025-06-30'),
    (13, 'Lạc Thủy', 'DISTRICT', 2, NULL, NULL, '2025-06-30'),
    (14, 'Lương Sơn', 'DISTRICT', 2, NULL, NULL, '2025-06-30'),
    (15, 'Yên Thủy', 'DISTRICT', 2, NULL, NULL, '2025-06-30'),
    (100, 'Yên Nghiệp', 'COMMUNE', 10, NULL, NULL, NULL),
    (101, 'Nhân Nghĩa', 'COMMUNE', 10, NULL, NULL, NULL),
    (102, 'Chiềng Châu', 'COMMUNE', 11, NULL, NULL, NULL),
    (103, 'Nà Phòn', 'COMMUNE', 11, NULL, NULL, NULL),
    (104, 'Pà Cò', 'COMMUNE', 11, NULL, NULL, NULL),
    (105, 'Mai Hạ', 'COMMUNE', 11, NULL, NULL, NULL),
    (106, 'Đông Lai', 'COMMUNE', 12, NULL, NULL, NULL),
    (107, 'Phú Thành', 'COMMUNE', 13, NULL, NULL, NULL),
    (108, 'Lâm Sơn', 'COMMUNE', 14, NULL, NULL, NULL),
    (109, 'Phú Lai', 'COMMUNE', 15, NULL, NULL, NULL);
