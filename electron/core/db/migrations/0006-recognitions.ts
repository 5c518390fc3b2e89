// 就业困难人员认定 (DOMAIN §3.5; E06, E07, E08; BR-10..BR-15).
//
// - recognitions: one application of a person. status is E07 ('01' 待初审, '02' 公示中, '03' 已认定, '04' 不予认定,
//   '05' 已退出); stage is the step awaited next inside the workflow (BR-13): 'village' (村(社区)初审, status 01),
//   'township' (乡镇审核 after the notice, status 02), 'county' (县级确认, status 02), NULL once closed (03/04/05).
//   categories holds the E06 codes comma-separated in code order ('K01,K05'); primary_category is one of them.
//   The step columns (village_*, notice_*, township_*, county_*) repeat the last row of recognition_steps for the
//   work lists and reports; recognition_date = county_date. refuse_* when 04, exit_* (E08) when 05.
//   backfilled = 1 (补录) for recognitions recorded after the fact: their apply and step dates may be unknown (NULL),
//   and recognition_date is NULL when no date is known (reports treat it as before any period).
// - At most one 已认定 per person (partial unique index); the core also refuses a second open application.
// - recognition_steps: one row per step taken, in order (seq): apply, village, township, county, refuse, exit,
//   with its date, reviewer and opinion.
// - persons.is_difficult is kept equal to "has a recognition in 03" by the core. Persons flagged before this module
//   (the interim import column) become back-filled recognitions here: categories from their recorded E06 placement
//   basis (earliest basis date as the recognition date), else from the person record (残疾 K02, 低保 K03,
//   脱贫/监测 K07), else K99; registration_id = their latest registration when they have one. Those ids are random
//   v4 UUIDs (SQLite has no UUIDv7); nothing depends on their order.
const UUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

export default /* sql */ `
CREATE TABLE recognitions (
  id               TEXT PRIMARY KEY,                     -- UUIDv7 (v4 for rows back-filled by this migration)
  person_id        TEXT NOT NULL REFERENCES persons (id),
  registration_id  TEXT REFERENCES registrations (id),
  apply_date       TEXT,
  categories       TEXT NOT NULL CHECK (length(categories) >= 3),
  primary_category TEXT NOT NULL CHECK (instr(categories, primary_category) > 0),
  pledge_signed    INTEGER NOT NULL DEFAULT 0 CHECK (pledge_signed IN (0, 1)),
  helper           TEXT,
  plan             TEXT,
  status           TEXT NOT NULL CHECK (status IN ('01', '02', '03', '04', '05')),
  stage            TEXT CHECK (stage IN ('village', 'township', 'county')),
  village_date     TEXT,
  village_reviewer TEXT,
  village_opinion  TEXT,
  notice_start     TEXT,
  notice_end       TEXT,
  township_date    TEXT,
  township_reviewer TEXT,
  township_opinion TEXT,
  county_date      TEXT,
  county_reviewer  TEXT,
  county_opinion   TEXT,
  recognition_date TEXT,
  refuse_date      TEXT,
  refuse_reason    TEXT,
  exit_date        TEXT,
  exit_reason      TEXT,                                 -- E08
  exit_note        TEXT,
  backfilled       INTEGER NOT NULL DEFAULT 0 CHECK (backfilled IN (0, 1)),
  remark           TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  CHECK (backfilled = 1 OR (apply_date IS NOT NULL AND registration_id IS NOT NULL)),
  CHECK ((status = '01') = (stage IS 'village')),
  CHECK (status <> '02' OR stage IN ('township', 'county')),
  CHECK (status NOT IN ('03', '04', '05') OR stage IS NULL),
  CHECK (notice_end IS NULL OR notice_end >= notice_start),
  CHECK ((status = '04') = (refuse_date IS NOT NULL AND refuse_reason IS NOT NULL)),
  CHECK ((status = '05') = (exit_date IS NOT NULL AND exit_reason IS NOT NULL)),
  CHECK (status NOT IN ('03', '05') OR backfilled = 1 OR recognition_date IS NOT NULL),
  CHECK (exit_date IS NULL OR recognition_date IS NULL OR exit_date >= recognition_date)
);
-- BR-13 / §3.5: at most one 已认定 per person.
CREATE UNIQUE INDEX recognitions_one_recognised ON recognitions (person_id) WHERE status = '03';
-- A person's recognitions (history, checks, placement basis).
CREATE INDEX recognitions_person ON recognitions (person_id, status, recognition_date, exit_date);
-- Work lists by stage and the notice end; RPT-02 by recognition and exit dates.
CREATE INDEX recognitions_stage ON recognitions (status, stage, notice_end, person_id);
CREATE INDEX recognitions_recognised ON recognitions (recognition_date, status, primary_category, person_id);
CREATE INDEX recognitions_exit ON recognitions (exit_date, person_id) WHERE exit_date IS NOT NULL;

CREATE TABLE recognition_steps (
  id             TEXT PRIMARY KEY,                       -- UUIDv7
  recognition_id TEXT NOT NULL REFERENCES recognitions (id),
  seq            INTEGER NOT NULL,
  step           TEXT NOT NULL CHECK (step IN ('apply', 'village', 'township', 'county', 'refuse', 'exit', 'backfill')),
  step_date      TEXT,
  reviewer       TEXT,
  opinion        TEXT,
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  UNIQUE (recognition_id, seq)
);

-- Persons flagged before this module: back-filled recognitions with the dates that are known.
CREATE TEMP TABLE backfill AS
SELECT p.id AS person_id,
  (SELECT pl.basis_code FROM placements pl WHERE pl.person_id = p.id AND pl.basis_list = 'E06' AND pl.deleted_at IS NULL
     ORDER BY pl.basis_date, pl.id LIMIT 1) AS basis_code,
  (SELECT min(pl.basis_date) FROM placements pl WHERE pl.person_id = p.id AND pl.basis_list = 'E06' AND pl.deleted_at IS NULL) AS basis_date,
  (SELECT r.id FROM registrations r WHERE r.person_id = p.id ORDER BY r.reg_date DESC, r.id DESC LIMIT 1) AS registration_id,
  CASE WHEN p.disability_type IS NOT NULL OR p.disability_cert_no IS NOT NULL THEN 'K02'
       WHEN p.dibao = 1 THEN 'K03'
       WHEN p.poverty_status IS NOT NULL AND p.poverty_status <> '0' THEN 'K07'
       ELSE 'K99' END AS record_code,
  ${UUID} AS id
FROM persons p WHERE p.is_difficult = 1;

INSERT INTO recognitions (id, person_id, registration_id, apply_date, categories, primary_category, status, stage,
  county_date, recognition_date, backfilled, remark, created_at, updated_at, created_by, updated_by)
SELECT id, person_id, registration_id, NULL, coalesce(basis_code, record_code), coalesce(basis_code, record_code), '03', NULL,
  basis_date, basis_date, 1, '升级时由“就业困难人员”标记补录', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
  '系统升级', '系统升级'
FROM backfill;

INSERT INTO recognition_steps (id, recognition_id, seq, step, step_date, reviewer, opinion, created_at, created_by)
SELECT ${UUID}, id, 1, 'backfill', basis_date, NULL, '升级时由“就业困难人员”标记补录', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '系统升级'
FROM backfill;

DROP TABLE backfill;
`;
