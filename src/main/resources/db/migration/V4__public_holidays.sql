-- Public holidays (ngày nghỉ lễ, Tết) for cán bộ, công chức, viên chức.
--
-- Administrators maintain this table in the app; the rows below are only the seed values.
-- WorkingDays treats every Saturday and Sunday as a day off, so only rows that fall on
-- Monday–Friday change a deadline; weekend rows are kept where they belong to a declared
-- Tết break (so each Tết is listed in full) or are the statutory holiday itself.
--
-- Legal basis: Bộ luật Lao động 2019, Điều 112 (11 days: Tết Dương lịch 1, Tết Âm lịch 5,
-- Giỗ Tổ Hùng Vương 1, 30/4 1, 1/5 1, Quốc khánh 2 = 2/9 + one adjacent day), and Điều 111
-- khoản 3 (a holiday falling on the weekly rest day is made up on the next working day:
-- "nghỉ bù"). No amendment of Điều 112 was in force when this was written; Nghị quyết
-- 80-NQ/TW and Nghị quyết 30/NQ-CP (02/2026) plan to add "Ngày Văn hóa Việt Nam" 24/11
-- as a paid holiday. If it is enacted, add 24/11/2026 (thứ Ba) and 24/11/2027 (thứ Tư).
--
-- Sources / certainty:
--   2025: announced (Văn bản 8726/VPCP-KGVX ngày 26/11/2024 and Bộ LĐ-TB&XH notice).
--   2026: announced (Thông báo 9441/TB-BNV năm 2025 for Tết and Quốc khánh;
--         Văn bản 12729/VPCP-KGVX ngày 25/12/2025 for Tết Dương lịch; statutory days otherwise).
--   2027: NOT announced yet: statutory days plus my own computation (lunar dates from the
--         Vietnamese lunar calendar, UTC+7: Mồng 1 Tết Đinh Mùi = 6/2/2027, Giỗ Tổ = 16/4/2027).
--         Check against the Government's announcement (usually in Q4 2026) and correct.
--
-- Make-up Saturdays (ngày làm bù) are NOT representable here and are treated as days off:
-- 26/4/2025, 10/1/2026, 22/8/2026 were working Saturdays for civil servants.

CREATE TABLE public_holiday (
    day  DATE         NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO public_holiday (day, name) VALUES
-- ===== 2025 (announced) =====
('2025-01-01', 'Tết Dương lịch'),                                        -- thứ Tư
-- Tết Ất Tỵ: nghỉ 9 ngày 25/1–2/2/2025 (26 tháng Chạp – mồng 5 tháng Giêng)
('2025-01-25', 'Tết Nguyên đán Ất Tỵ'),                                  -- thứ Bảy, 26 tháng Chạp
('2025-01-26', 'Tết Nguyên đán Ất Tỵ'),                                  -- Chủ nhật, 27 tháng Chạp
('2025-01-27', 'Tết Nguyên đán Ất Tỵ'),                                  -- thứ Hai, 28 tháng Chạp
('2025-01-28', 'Tết Nguyên đán Ất Tỵ'),                                  -- thứ Ba, 29 tháng Chạp (cuối năm)
('2025-01-29', 'Tết Nguyên đán Ất Tỵ'),                                  -- thứ Tư, mồng 1
('2025-01-30', 'Tết Nguyên đán Ất Tỵ'),                                  -- thứ Năm, mồng 2
('2025-01-31', 'Tết Nguyên đán Ất Tỵ'),                                  -- thứ Sáu, mồng 3
('2025-02-01', 'Tết Nguyên đán Ất Tỵ'),                                  -- thứ Bảy, mồng 4
('2025-02-02', 'Tết Nguyên đán Ất Tỵ'),                                  -- Chủ nhật, mồng 5
('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),                      -- thứ Hai
('2025-04-30', 'Ngày Chiến thắng 30/4'),                                 -- thứ Tư
('2025-05-01', 'Quốc tế Lao động 1/5'),                                  -- thứ Năm
('2025-05-02', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/4/2025)'), -- thứ Sáu
('2025-09-01', 'Quốc khánh 2/9 (ngày liền kề)'),                         -- thứ Hai; nghỉ 30/8–2/9
('2025-09-02', 'Quốc khánh 2/9'),                                        -- thứ Ba
-- ===== 2026 (announced) =====
('2026-01-01', 'Tết Dương lịch'),                                        -- thứ Năm
('2026-01-02', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/1/2026)'), -- thứ Sáu
-- Tết Bính Ngọ: nghỉ 9 ngày 14/2–22/2/2026 (27 tháng Chạp – mồng 6 tháng Giêng)
('2026-02-14', 'Tết Nguyên đán Bính Ngọ'),                               -- thứ Bảy, 27 tháng Chạp
('2026-02-15', 'Tết Nguyên đán Bính Ngọ'),                               -- Chủ nhật, 28 tháng Chạp
('2026-02-16', 'Tết Nguyên đán Bính Ngọ'),                               -- thứ Hai, 29 tháng Chạp (cuối năm)
('2026-02-17', 'Tết Nguyên đán Bính Ngọ'),                               -- thứ Ba, mồng 1
('2026-02-18', 'Tết Nguyên đán Bính Ngọ'),                               -- thứ Tư, mồng 2
('2026-02-19', 'Tết Nguyên đán Bính Ngọ'),                               -- thứ Năm, mồng 3
('2026-02-20', 'Tết Nguyên đán Bính Ngọ'),                               -- thứ Sáu, mồng 4
('2026-02-21', 'Tết Nguyên đán Bính Ngọ'),                               -- thứ Bảy, mồng 5
('2026-02-22', 'Tết Nguyên đán Bính Ngọ'),                               -- Chủ nhật, mồng 6
('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),                      -- Chủ nhật
('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'),                             -- thứ Hai
('2026-04-30', 'Ngày Chiến thắng 30/4'),                                 -- thứ Năm
('2026-05-01', 'Quốc tế Lao động 1/5'),                                  -- thứ Sáu
('2026-08-31', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)'), -- thứ Hai; nghỉ 29/8–2/9
('2026-09-01', 'Quốc khánh 2/9 (ngày liền kề)'),                         -- thứ Ba
('2026-09-02', 'Quốc khánh 2/9'),                                        -- thứ Tư
-- ===== 2027 (NOT announced: statutory days + computation) =====
('2027-01-01', 'Tết Dương lịch'),                                        -- thứ Sáu; statutory, no bridge known
-- Tết Đinh Mùi: COMPUTED. Mồng 1 = thứ Bảy 6/2/2027; tháng Chạp Bính Ngọ has 29 days.
-- Estimate by analogy with Tết Giáp Thìn 2024 (also a Saturday): 5 Tết days 28 Chạp – mồng 3
-- plus 2 nghỉ bù for the weekend, i.e. 4/2–10/2/2027. The Government may choose other days.
('2027-02-04', 'Tết Nguyên đán Đinh Mùi'),                               -- thứ Năm, 28 tháng Chạp (estimate)
('2027-02-05', 'Tết Nguyên đán Đinh Mùi'),                               -- thứ Sáu, 29 tháng Chạp, cuối năm (estimate)
('2027-02-06', 'Tết Nguyên đán Đinh Mùi'),                               -- thứ Bảy, mồng 1 (computed)
('2027-02-07', 'Tết Nguyên đán Đinh Mùi'),                               -- Chủ nhật, mồng 2 (computed)
('2027-02-08', 'Tết Nguyên đán Đinh Mùi'),                               -- thứ Hai, mồng 3 (computed)
('2027-02-09', 'Nghỉ bù Tết Nguyên đán Đinh Mùi'),                       -- thứ Ba, mồng 4 (estimate)
('2027-02-10', 'Nghỉ bù Tết Nguyên đán Đinh Mùi'),                       -- thứ Tư, mồng 5 (estimate)
('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),                      -- thứ Sáu (computed)
('2027-04-30', 'Ngày Chiến thắng 30/4'),                                 -- thứ Sáu
('2027-05-01', 'Quốc tế Lao động 1/5'),                                  -- thứ Bảy
('2027-05-03', 'Nghỉ bù Quốc tế Lao động 1/5'),                          -- thứ Hai (Điều 111 khoản 3)
('2027-09-02', 'Quốc khánh 2/9'),                                        -- thứ Năm
('2027-09-03', 'Quốc khánh 2/9 (ngày liền kề)');                         -- thứ Sáu (estimate: the adjacent day may be 1/9 instead)
