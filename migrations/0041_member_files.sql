-- The member's file (issue 16): what the Organization Committees' reports count, one row per person, personal.
-- The 54 ethnic groups are a reference list under the General Statistics Office's codes (src/domain/member-file.ts
-- holds the same list for validation and labels).
CREATE TABLE ethnic_groups (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
INSERT INTO ethnic_groups (code, name) VALUES
  ('01', 'Kinh'),
  ('02', 'Tày'),
  ('03', 'Thái'),
  ('04', 'Mường'),
  ('05', 'Khmer'),
  ('06', 'Hoa'),
  ('07', 'Nùng'),
  ('08', 'Mông'),
  ('09', 'Dao'),
  ('10', 'Gia Rai'),
  ('11', 'Ngái'),
  ('12', 'Ê Đê'),
  ('13', 'Ba Na'),
  ('14', 'Xơ Đăng'),
  ('15', 'Sán Chay'),
  ('16', 'Cơ Ho'),
  ('17', 'Chăm'),
  ('18', 'Sán Dìu'),
  ('19', 'Hrê'),
  ('20', 'Mnông'),
  ('21', 'Ra Glai'),
  ('22', 'Xtiêng'),
  ('23', 'Bru Vân Kiều'),
  ('24', 'Thổ'),
  ('25', 'Giáy'),
  ('26', 'Cơ Tu'),
  ('27', 'Gié Triêng'),
  ('28', 'Mạ'),
  ('29', 'Khơ Mú'),
  ('30', 'Co'),
  ('31', 'Tà Ôi'),
  ('32', 'Chơ Ro'),
  ('33', 'Kháng'),
  ('34', 'Xinh Mun'),
  ('35', 'Hà Nhì'),
  ('36', 'Chu Ru'),
  ('37', 'Lào'),
  ('38', 'La Chí'),
  ('39', 'La Ha'),
  ('40', 'Phù Lá'),
  ('41', 'La Hủ'),
  ('42', 'Lự'),
  ('43', 'Lô Lô'),
  ('44', 'Chứt'),
  ('45', 'Mảng'),
  ('46', 'Pà Thẻn'),
  ('47', 'Cơ Lao'),
  ('48', 'Cống'),
  ('49', 'Bố Y'),
  ('50', 'Si La'),
  ('51', 'Pu Péo'),
  ('52', 'Brâu'),
  ('53', 'Ơ Đu'),
  ('54', 'Rơ Măm');

CREATE TABLE member_files (
  person_id TEXT PRIMARY KEY REFERENCES people (id),
  gender TEXT CHECK (gender IN ('MALE', 'FEMALE')),
  ethnic_group_code TEXT REFERENCES ethnic_groups (code),
  religion TEXT,
  birthplace TEXT,
  home_town TEXT,
  occupation TEXT,
  general_education TEXT,
  professional_level TEXT CHECK (professional_level IN (
    'NONE', 'ELEMENTARY', 'INTERMEDIATE', 'COLLEGE', 'UNIVERSITY', 'MASTER', 'DOCTORATE')),
  political_theory_level TEXT CHECK (political_theory_level IN (
    'NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR')),
  state_management_level TEXT CHECK (state_management_level IN (
    'NONE', 'OFFICER', 'PRINCIPAL_OFFICER', 'SENIOR_OFFICER')),
  foreign_languages TEXT,
  party_card_number TEXT,
  party_card_issued_on TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX member_files_by_card ON member_files (party_card_number) WHERE party_card_number IS NOT NULL;
