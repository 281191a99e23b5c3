-- The 2027 days off that the Labour Code fixes by the solar calendar. Tết Nguyên đán, Giỗ Tổ Hùng Vương and any
-- swaps for 2027 depend on the government's yearly notice: the administrator adds them when it is published.
INSERT INTO holiday (day, name, kind) VALUES
('2027-01-01', 'Tết Dương lịch', 'DAY_OFF'),
('2027-04-30', 'Ngày Chiến thắng', 'DAY_OFF'),
('2027-05-03', 'Nghỉ bù Quốc tế Lao động (01/05/2027 là thứ Bảy)', 'DAY_OFF'),
('2027-09-02', 'Quốc khánh', 'DAY_OFF');
