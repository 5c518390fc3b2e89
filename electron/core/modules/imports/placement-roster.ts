// The 公益性岗位安置 roster kind (issue 14): row validator and committer. The person must be registered (a
// placement rests on a recognition or the person's records, which a roster row cannot supply): a missing one is
// refused, naming what to do. The employer is found by 统一社会信用代码, else by name; the post by 岗位编号, else
// by employer and 岗位名称; what is missing is created through employers.create / posts.create's own services
// (a new post: 岗位类别 from the row, 核定岗位数 from the row or the number of the file's rows on it, 开发日期 the
// earliest 上岗日期). The placement is validated with placementCreateInput and written by createPlacement, whose
// rules (working age, post validity, eligibility, contract term, overlap, capacity, subsidy period) refuse a row
// with their own message; no override is possible from a file.
import type { z } from 'zod';
import { employerCreateInput } from '../../../../shared/contract/employers';
import { placementCreateInput } from '../../../../shared/contract/placements';
import { postCreateInput } from '../../../../shared/contract/posts';
import { badInput, ruleViolation } from '../../../../shared/contract/result';
import { normalizeUscc } from '../../../../shared/domain/uscc';
import { postTypeArea, postTypeLabel } from '../../../../shared/enums/post-codes';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import type { MappedRow } from '../../excel/import/rows';
import { createEmployer } from '../employers/service';
import { findByUscc } from '../employers/queries';
import { createPlacement } from '../placements/service';
import { findPostByCode } from '../posts/queries';
import { createPost } from '../posts/service';
import { fieldErrors } from '../../../../shared/contract/zod-errors';
import { lookupKey } from './person-codes';
import { countyPrefixes, nameCore } from './place-names';
import { checkPersonDefaults } from './person-defaults';
import {
  basisOf,
  contractTypeCode,
  natureCode,
  PLACEMENT_DEFAULT_RULES,
  PLACEMENT_IMPORT_SPECS,
  PLACEMENT_TEXT_KEYS,
  placementLabel,
  postTypeCode,
} from './placement-columns';
import { PLACEMENT_TEMPLATE } from './placement-template';
import { rowCells, rowPerson } from './roster-cells';
import type { Created, RosterRow, TemplatedKind, RowEnv, RowRead } from './roster-kind';
import { kindMappings } from './mappings';
import { refuseField } from '../../refuse-field';

type PlacementIn = z.output<typeof placementCreateInput>;

export interface PlacementRosterRow extends RosterRow {
  personId: string;
  employer: { name: string; uscc: string | null; nature: string | undefined };
  post: {
    code: string | null;
    title: string;
    type: string | undefined;
    workRegionId: string | null;
    approvedCount: number | undefined;
    contractType: string | undefined;
  };
  /** Set by plan(): rows of the file on the same post, and the earliest start among them. */
  group: { rows: number; firstStart: string };
  input: PlacementIn;
}

const LATER = '(写入时确定)';
export const PERSON_NOT_REGISTERED =
  '该公民身份号码尚未登记为人员：请先导入人员名册或在“人员信息”中新增该人员，再导入安置名册';

/** placementCreateInput / posts / employers paths → the column that holds the value. */
const PATH_COLUMN: Record<string, string> = {
  personId: 'idNumber',
  postId: 'postTitle',
  basisList: 'basis',
  basisCode: 'basis',
  basisDate: 'basisDate',
  startDate: 'startDate',
  contractStart: 'contractStart',
  contractEnd: 'contractEnd',
  accidentInsurance: 'accidentInsurance',
  remark: 'remark',
  leaveDate: 'startDate',
  employerId: 'employerName',
  name: 'employerName',
  uscc: 'uscc',
  nature: 'employerNature',
  regionId: 'workPlace',
  postCode: 'postCode',
  title: 'postTitle',
  postType: 'postType',
  areaType: 'postType',
  workRegionId: 'workPlace',
  approvedCount: 'approvedCount',
  contractType: 'contractType',
  fullTime: 'contractType',
  monthlyHours: 'contractType',
  monthlyStandardFen: 'postTitle',
  createdDate: 'startDate',
};

function readRow(mapped: MappedRow, env: RowEnv): RowRead<PlacementRosterRow> {
  const { row } = mapped;
  const c = rowCells(mapped, env, placementLabel);
  const { bad, fail, text, code, date } = c;
  const who = rowPerson(mapped, env, c);
  const { idNumber } = who;
  if (who.found === null) fail('idNumber', PERSON_NOT_REGISTERED);
  const personId = who.found?.id ?? null;

  const employerName = text('employerName');
  if (!employerName) fail('employerName', '请填写用人单位');
  const usccText = text('uscc');
  const uscc = usccText ? normalizeUscc(usccText) : null;
  const title = text('postTitle');
  if (!title) fail('postTitle', '请填写岗位名称');
  const workRegionId = c.region('workPlace');
  const countText = text('approvedCount');
  const approvedCount = countText === undefined ? undefined : Number(countText);
  if (approvedCount !== undefined && !(Number.isInteger(approvedCount) && approvedCount >= 1))
    fail('approvedCount', `核定岗位数应为正整数，实际为“${countText}”`);
  const basisText = text('basis');
  const basis = basisText === undefined ? undefined : basisOf(basisText);
  if (!basis) fail('basis', '请填写安置类别');
  else if (!basis.ok) fail('basis', basis.message);
  const startDate = date('startDate', true);
  const raw = {
    personId: LATER,
    postId: LATER,
    basisList: basis?.ok ? basis.list : 'E06',
    basisCode: basis?.ok ? basis.code : 'K99',
    basisDate: date('basisDate', false) ?? startDate ?? '',
    startDate: startDate ?? '',
    contractStart: date('contractStart', false),
    contractEnd: date('contractEnd', true) ?? '',
    accidentInsurance: text('accidentInsurance') ?? null,
    remark: text('remark') ?? null,
  };
  const nature = code('employerNature', natureCode);
  const type = code('postType', postTypeCode);
  const contractType = code('contractType', contractTypeCode);
  const parsed = placementCreateInput.safeParse(raw);
  if (!parsed.success && !bad.size)
    for (const issue of parsed.error.issues) fail(PATH_COLUMN[String(issue.path[0])] ?? 'idNumber', issue.message);
  if (bad.size || !parsed.success || !personId || !employerName || !title) return { idNumber, read: null };
  return {
    idNumber,
    read: {
      row,
      source: mapped,
      personId,
      employer: { name: employerName, uscc, nature },
      post: { code: text('postCode') ?? null, title, type, workRegionId, approvedCount, contractType },
      group: { rows: 1, firstStart: parsed.data.startDate },
      input: parsed.data,
    },
  };
}

/** Rows on the same post (by 岗位编号, else employer and 岗位名称): a new post's headcount and 开发日期. */
function plan(rows: PlacementRosterRow[]) {
  const key = (r: PlacementRosterRow) =>
    r.post.code ? `#${r.post.code}` : `${r.employer.uscc ?? lookupKey(r.employer.name)}|${lookupKey(r.post.title)}`;
  const groups = new Map<string, { rows: number; firstStart: string }>();
  for (const r of rows) {
    const g = groups.get(key(r)) ?? { rows: 0, firstStart: r.input.startDate };
    g.rows++;
    if (r.input.startDate < g.firstStart) g.firstStart = r.input.startDate;
    groups.set(key(r), g);
  }
  for (const r of rows) r.group = groups.get(key(r))!;
}

const parseOr = <T>(schema: z.ZodType<T>, value: unknown): T => {
  const r = schema.safeParse(value);
  if (!r.success) throw badInput(fieldErrors(r.error));
  return r.data;
};

/** The employer of the row: by 统一社会信用代码, else by name; created when missing. */
function employerOf(
  ctx: CoreContext,
  r: PlacementRosterRow,
  regionId: string,
): { id: string; name: string; created?: Created['employer'] } {
  const { name, uscc, nature } = r.employer;
  if (uscc) {
    const found = findByUscc(ctx.db, uscc);
    if (found?.deleted_at)
      throw ruleViolation(`用人单位“${found.name}”已删除，请先恢复`, {
        uscc: `用人单位“${found.name}”已删除，请先恢复`,
      });
    // Found by its code: the registered name is the unit's, however the file writes it.
    if (found) return { id: found.id, name: found.name };
  }
  const same = prepared(ctx.db, 'SELECT id FROM employers WHERE name = ? AND deleted_at IS NULL')
    .pluck()
    .all(name) as string[];
  if (same.length > 1) {
    // audit8 gap 2: village committees share names across 乡镇 and often have no code; a 岗位编号 settles it.
    const msg = `有${same.length}个名为“${name}”的用人单位，请填写岗位编号（已登记的岗位）或统一社会信用代码`;
    refuseField(msg, 'uscc');
  }
  if (same.length === 1) return { id: same[0], name };
  refuseSimilar(ctx, name, uscc);
  if (!nature) {
    const msg = `用人单位“${name}”尚未登记，新建单位需要填写单位性质`;
    throw badInput({ nature: msg });
  }
  const v = parseOr(employerCreateInput, { name, uscc, nature, regionId });
  const { employer } = createEmployer(ctx, v);
  return { id: employer.id, name, created: { row: r.row, name, detail: uscc ? `统一社会信用代码 ${uscc}` : '' } };
}

/**
 * audit4 gap 4: a name not registered as written may be a registered employer written another way (without the
 * county, 村委会 for 村民委员会, a shorter or longer name): such a row is refused, naming the registered one, rather
 * than creating a second employer that RPT-03/07 and capacity would count apart. A registered employer whose
 * 统一社会信用代码 differs from the row's is another unit and does not count.
 */
function refuseSimilar(ctx: CoreContext, name: string, uscc: string | null): void {
  const prefixes = countyPrefixes(ctx.db);
  const core = nameCore(name, prefixes);
  const employers = prepared(
    ctx.db,
    'SELECT name, uscc FROM employers WHERE deleted_at IS NULL ORDER BY name',
  ).all() as {
    name: string;
    uscc: string | null;
  }[];
  const similar = employers.filter((e) => {
    if (uscc && e.uscc && e.uscc !== uscc) return false;
    return alike(core, nameCore(e.name, prefixes));
  });
  if (!similar.length) return;
  const names = similar
    .slice(0, 3)
    .map((e) => `“${e.name}”`)
    .join('、');
  refuseField(`与已登记的${names}相似，如是同一单位请改为该名称或填写统一社会信用代码`, 'name');
}

/** Shortest name that counts as contained in another (one character is in too many). */
const MIN_CONTAINED = 2;

/** Two name cores (nameCore) alike: equal, or one contained in the other. */
const alike = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= MIN_CONTAINED && (a.includes(b) || b.includes(a)));

/**
 * audit8 gap 2: a 岗位编号 that names a registered post decides the employer — same-named village committees of two
 * 乡镇 (VR-08: they may have no 统一社会信用代码) would otherwise block the row. The row is refused only when its
 * 用人单位 contradicts the post's: another 统一社会信用代码 where both have one, else a name not alike the post's
 * employer's. Null when the row has no 岗位编号 or it names no post of a current employer.
 */
function postByCode(
  ctx: CoreContext,
  r: PlacementRosterRow,
): { employer: { id: string; name: string }; postId: string } | null {
  const code = r.post.code;
  if (!code) return null;
  const found = prepared(
    ctx.db,
    `SELECT p.id, p.title, e.id AS employerId, e.name, e.uscc FROM posts p JOIN employers e ON e.id = p.employer_id
      WHERE p.post_code = ? AND e.deleted_at IS NULL`,
  ).get(code) as { id: string; title: string; employerId: string; name: string; uscc: string | null } | undefined;
  if (!found) return null;
  const { name, uscc } = r.employer;
  const prefixes = countyPrefixes(ctx.db);
  const same =
    uscc && found.uscc ? uscc === found.uscc : alike(nameCore(name, prefixes), nameCore(found.name, prefixes));
  if (!same) {
    const msg = `岗位编号 ${code} 是“${found.name}”的岗位“${found.title}”，与本行的用人单位“${name}”不符，请核对用人单位或岗位编号`;
    refuseField(msg, 'postCode');
  }
  return { employer: { id: found.employerId, name: found.name }, postId: found.id };
}

/** A free 岗位编号 for a post created by the import: GY + year of its 开发日期 + a sequence. */
function newPostCode(ctx: CoreContext, createdDate: string): string {
  const prefix = `GY${createdDate.slice(0, 4)}`;
  for (let n = 1; ; n++) {
    const code = `${prefix}${String(n).padStart(3, '0')}`;
    if (!findPostByCode(ctx.db, code)) return code;
  }
}

/** The post of the row on `employer` (its id and registered name): by 岗位编号, else by 岗位名称; created when missing. */
function postOf(
  ctx: CoreContext,
  r: PlacementRosterRow,
  employer: { id: string; name: string },
): { id: string; created?: Created['post'] } {
  const p = r.post;
  const employerId = employer.id;
  if (p.code) {
    const found = prepared(ctx.db, 'SELECT id, employer_id, title FROM posts WHERE post_code = ?').get(p.code) as
      { id: string; employer_id: string; title: string } | undefined;
    if (found && found.employer_id !== employerId) {
      refuseField(`岗位编号 ${p.code} 属于另一个用人单位的岗位“${found.title}”，请核对用人单位或岗位编号`, 'postCode');
    }
    if (found) return { id: found.id };
  } else {
    const same = prepared(ctx.db, 'SELECT id FROM posts WHERE employer_id = ? AND title = ?')
      .pluck()
      .all(employerId, p.title) as string[];
    if (same.length > 1) {
      refuseField(`该单位有${same.length}个名为“${p.title}”的岗位，请填写岗位编号`, 'postCode');
    }
    if (same.length === 1) return { id: same[0] };
  }
  if (!p.type) throw badInput({ postType: `岗位“${p.title}”尚未登记，新建岗位需要填写岗位类别` });
  const contractType = p.contractType ?? '1';
  const today = ctx.today();
  const createdDate = r.group.firstStart < today ? r.group.firstStart : today;
  const v = parseOr(postCreateInput, {
    postCode: p.code ?? newPostCode(ctx, createdDate),
    employerId,
    title: p.title,
    postType: p.type,
    areaType: postTypeArea(p.type),
    workRegionId: p.workRegionId ?? personVillage(ctx, r.personId),
    approvedCount: p.approvedCount ?? r.group.rows,
    siSubsidy: false,
    contractType,
    fullTime: contractType !== '3',
    createdDate,
  });
  const { post } = createPost(ctx, v);
  return {
    id: post.id,
    created: {
      row: r.row,
      name: `${employer.name}/${post.title}`,
      detail: `${post.postCode}，${postTypeLabel(post.postType)}，核定 ${post.approvedCount} 人`,
    },
  };
}

const personVillage = (ctx: CoreContext, personId: string) =>
  prepared(ctx.db, 'SELECT residence_region_id FROM persons WHERE id = ?').pluck().get(personId) as string;

export const PLACEMENT_ROSTER: TemplatedKind<PlacementRosterRow, null> = {
  id: 'placements',
  noun: '公益性岗位安置名册',
  recordNoun: '安置',
  specs: PLACEMENT_IMPORT_SPECS,
  textKeys: PLACEMENT_TEXT_KEYS,
  mappings: kindMappings('placements', PLACEMENT_IMPORT_SPECS),
  template: PLACEMENT_TEMPLATE,
  uniqueIds: false,
  checkDefaults: (defaults, places) => checkPersonDefaults(defaults, places, PLACEMENT_DEFAULT_RULES),
  readRow,
  plan,
  session: () => null,
  apply(ctx, r) {
    const region = r.post.workRegionId ?? personVillage(ctx, r.personId);
    const byCode = postByCode(ctx, r);
    const employer: ReturnType<typeof employerOf> = byCode?.employer ?? employerOf(ctx, r, region);
    const post: ReturnType<typeof postOf> = byCode ? { id: byCode.postId } : postOf(ctx, r, employer);
    // BR-16: the roster onboards placements made on paper before the app, whose persons were recognised on paper;
    // a category their records confirm stands in for the recognition (basis_source 'recorded', marked 登记), as
    // before. A placement entered in the app needs a recognition (or K04 by the household) on urban posts.
    createPlacement(ctx, { ...r.input, personId: r.personId, postId: post.id }, 'existing');
    const readings = [{ key: 'employerName', written: r.employer.name, readAs: employer.name }];
    return { employer: employer.created, post: post.created, readings };
  },
  columnOf: (field) => PATH_COLUMN[field] ?? 'idNumber',
  nearKey: {
    uscc: 'employerName',
    employerNature: 'employerName',
    postCode: 'postTitle',
    postType: 'postTitle',
    workPlace: 'postTitle',
    approvedCount: 'postTitle',
    contractType: 'postTitle',
    basisDate: 'basis',
    contractStart: 'contractEnd',
  },
};
