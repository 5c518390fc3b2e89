// Person register (DOMAIN §3.1) and household members (§3.2).
//
// Derived columns sex, birth_date and id_rev are written by the core from id_number (VR-01) and never edited
// on their own; CHECK constraints recompute them from id_number, so no writer (form, importer, seed) can store
// them out of step. They are plain columns, not GENERATED ones, because SQLite does not treat generated
// columns as covered by an index, and the list counts rely on covering indexes.
//  - birth_date: age filters (BR-01) become birth_date ranges.
//  - id_rev: the ID reversed, so "last 4–6 digits" is a prefix range on an index instead of a scan.
// township_id is the residence village's parent, denormalised on every write so the township filter seeks an
// index. Villages never move between townships (regions offer no such operation); one that could must update
// persons.township_id too.
// is_difficult / on_post / in_internship are maintained by later modules (recognitions, placements,
// internships); here they default to 0.
// bank_card_no is plain text for now: DOMAIN §3.1 asks for encryption, which is not implemented yet.
//
// Indexes lead with deleted_at, so live rows (deleted_at IS NULL) are one contiguous, ordered range and the
// 已删除 view is another. modules/persons/list-sql.ts says which index drives each filter and sort.
const SEX = `CASE WHEN CAST(substr(id_number, 17, 1) AS INTEGER) % 2 = 1 THEN '1' ELSE '2' END`;
const BIRTH = `substr(id_number, 7, 4) || '-' || substr(id_number, 11, 2) || '-' || substr(id_number, 13, 2)`;
const REV = Array.from({ length: 18 }, (_, i) => `substr(id_number, ${18 - i}, 1)`).join(' || ');

export default /* sql */ `
CREATE TABLE persons (
  id                  TEXT PRIMARY KEY,                  -- UUIDv7
  id_number           TEXT NOT NULL CHECK (length(id_number) = 18),
  sex                 TEXT NOT NULL CHECK (sex = ${SEX}),
  birth_date          TEXT NOT NULL CHECK (birth_date = ${BIRTH}),
  id_rev              TEXT NOT NULL CHECK (id_rev = ${REV}),
  name                TEXT NOT NULL,
  ethnicity           TEXT NOT NULL,
  education           TEXT,
  phone               TEXT,
  residence_region_id TEXT NOT NULL REFERENCES regions (id),
  township_id         TEXT NOT NULL REFERENCES regions (id),
  hukou_region_id     TEXT REFERENCES regions (id),
  address             TEXT,
  urban_rural         TEXT,
  retirement_category TEXT NOT NULL CHECK (retirement_category IN ('M60', 'F55', 'F50')),
  disability_cert_no  TEXT,
  disability_type     TEXT,
  disability_grade    TEXT,
  poverty_status      TEXT,
  dibao               INTEGER NOT NULL DEFAULT 0 CHECK (dibao IN (0, 1)),
  card_no             TEXT,
  bank_card_no        TEXT,                              -- plain text for now (see above)
  bank_name           TEXT,
  employment_status   TEXT NOT NULL,
  is_difficult        INTEGER NOT NULL DEFAULT 0 CHECK (is_difficult IN (0, 1)),
  on_post             INTEGER NOT NULL DEFAULT 0 CHECK (on_post IN (0, 1)),
  in_internship       INTEGER NOT NULL DEFAULT 0 CHECK (in_internship IN (0, 1)),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  deleted_at          TEXT
);

-- VR-03: one person per ID, deleted ones included. Also whole-ID search and the 身份证号 sort.
CREATE UNIQUE INDEX persons_id_number ON persons (id_number);
-- Sort orders (and the driving index when a filter matches many rows).
CREATE INDEX persons_updated ON persons (deleted_at, updated_at);
CREATE INDEX persons_name    ON persons (deleted_at, name);
CREATE INDEX persons_birth   ON persons (deleted_at, birth_date);
-- Search: ID suffix as a prefix of the reversed ID; phone prefix.
CREATE INDEX persons_id_rev  ON persons (deleted_at, id_rev);
CREATE INDEX persons_phone   ON persons (deleted_at, phone);
-- Filter indexes: each holds every filter column (so counts never read the table) and updated_at last (so the
-- default sort of a filtered page is read from the index too). place seeks 乡镇/村; sex seeks 性别 + age range;
-- attrs seeks 民族 and is scanned (narrow) for the rest.
CREATE INDEX persons_place ON persons (deleted_at, township_id, residence_region_id, sex, birth_date, ethnicity,
  employment_status, is_difficult, on_post, in_internship, updated_at);
CREATE INDEX persons_sex   ON persons (deleted_at, sex, birth_date, ethnicity, employment_status, is_difficult, on_post,
  in_internship, updated_at);
CREATE INDEX persons_attrs ON persons (deleted_at, ethnicity, employment_status, sex, birth_date, is_difficult, on_post,
  in_internship, updated_at);
-- Small partial indexes for the flags later modules set, ordered for the default sort.
CREATE INDEX persons_difficult  ON persons (is_difficult, deleted_at, updated_at) WHERE is_difficult = 1;
CREATE INDEX persons_on_post    ON persons (on_post, deleted_at, updated_at) WHERE on_post = 1;
CREATE INDEX persons_internship ON persons (in_internship, deleted_at, updated_at) WHERE in_internship = 1;

CREATE TABLE household_members (
  id               TEXT PRIMARY KEY,                     -- UUIDv7
  person_id        TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,                     -- order on the form
  member_name      TEXT NOT NULL,
  member_id_number TEXT,
  relation         TEXT NOT NULL,
  status           TEXT NOT NULL,
  works_age_able   INTEGER NOT NULL CHECK (works_age_able IN (0, 1)),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  updated_by       TEXT NOT NULL
);
CREATE INDEX household_members_person ON household_members (person_id, position);
CREATE INDEX household_members_id_number ON household_members (member_id_number) WHERE member_id_number IS NOT NULL;
`;
