import { ruleViolation } from '../../../../shared/contract';
import type { RegionImportInput } from '../../../../shared/contract/regions';
import { URBAN_RURAL_CODE_LIST } from '../../../../shared/enums/person-codes';
import type { CoreContext } from '../../context';
import { columnLetter, normalizeText, readTable, type RawCell } from '../../excel/read-table';
import type { Commit } from '../../handlers';
import { newId } from '../../ids';
import type { JobControl } from '../../jobs/registry';
import { checkCodeAgainstParent, levelOfCode } from './codes';
import { getRegionByCode, insertRegion } from './queries';
import { requireCountyCode } from './service';

const HEADERS = {
  code: ['区划代码', '统计用区划代码', '行政区划代码', '代码'],
  name: ['名称', '区划名称', '单位名称', '乡镇(街道)/村(社区)名称'],
  urbanRural: ['城乡分类代码', '城乡分类'],
};

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

interface Parsed {
  row: number;
  /** Already reported in the first pass. */
  bad: boolean;
  code: string;
  name: string;
  urbanRuralCode: string | null;
}

function findHeader(rows: RawCell[][]) {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const texts = rows[r].map((c) => normalizeText(c).replace(/（/g, '(').replace(/）/g, ')'));
    const col = (names: string[]) => texts.findIndex((t) => names.includes(t));
    const code = col(HEADERS.code);
    const name = col(HEADERS.name);
    if (code >= 0 && name >= 0) return { row: r, code, name, urbanRural: col(HEADERS.urbanRural) };
  }
  throw ruleViolation('文件前10行中找不到表头：需要“区划代码”和“名称”两列。');
}

/** Reads a cell holding a code: text, or a whole number Excel stored (12 digits fit exactly in a double). */
function codeText(cell: RawCell): string {
  if (typeof cell === 'number' && Number.isInteger(cell)) return String(cell);
  return normalizeText(cell);
}

/** Loads a division list (Excel or CSV); every row is checked first, then all rows land in one transaction or none. */
export async function importRegions(input: RegionImportInput, ctx: CoreContext, job: JobControl, commit: Commit) {
  job.progress(0, 0, '读取文件');
  const county = requireCountyCode(ctx.db);
  const table = await readTable(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  const h = findHeader(table.rows);
  const errors: ImportRowError[] = [];
  const parsed: Parsed[] = [];
  const seen = new Map<string, number>();
  const body = table.rows.slice(h.row + 1);
  for (let i = 0; i < body.length; i++) {
    const cells = body[i];
    const row = h.row + i + 2;
    if (i % 200 === 0) {
      job.progress(i, body.length, '检查数据');
      await job.breathe();
      job.checkCancelled();
    }
    if (cells.every((c) => normalizeText(c) === '')) continue;
    const code = codeText(cells[h.code] ?? null);
    const name = normalizeText(cells[h.name] ?? null);
    const urbanRural = h.urbanRural >= 0 ? normalizeText(cells[h.urbanRural] ?? null) : '';
    const before = errors.length;
    const err = (col: number, message: string) => errors.push({ row, column: columnLetter(col), message });
    if (!/^\d{12}$/.test(code)) err(h.code, `区划代码“${code}”应为12位数字`);
    else if (!levelOfCode(code)) err(h.code, `区划代码 ${code} 不是乡镇(街道)或村(社区)级代码`);
    else if (seen.has(code)) err(h.code, `区划代码 ${code} 与第 ${seen.get(code)} 行重复`);
    if (!name) err(h.name, '名称为空');
    if (urbanRural && !(URBAN_RURAL_CODE_LIST as readonly string[]).includes(urbanRural))
      err(h.urbanRural, `城乡分类代码“${urbanRural}”不在代码表中`);
    if (!seen.has(code)) seen.set(code, row);
    parsed.push({ row, bad: errors.length > before, code, name, urbanRuralCode: urbanRural || null });
  }
  if (!parsed.length && !errors.length) throw ruleViolation('表头下没有任何数据行。');

  // Townships first, so villages can find their parent in the same file.
  parsed.sort((a, b) => a.code.localeCompare(b.code));
  const fileCodes = new Set(parsed.map((p) => p.code));
  const toInsert: Parsed[] = [];
  let unchanged = 0;
  for (const p of parsed) {
    const level = levelOfCode(p.code);
    if (p.bad || !level) continue;
    const parentCode = level === 5 ? `${p.code.slice(0, 9)}000` : null;
    const check = checkCodeAgainstParent(p.code, county, parentCode);
    if (!check.ok) {
      errors.push({ row: p.row, column: columnLetter(h.code), message: check.message });
      continue;
    }
    if (parentCode && !fileCodes.has(parentCode) && !getRegionByCode(ctx.db, parentCode)) {
      errors.push({ row: p.row, column: columnLetter(h.code), message: `找不到所属乡镇(街道)（代码 ${parentCode}）` });
      continue;
    }
    const existing = getRegionByCode(ctx.db, p.code);
    if (existing && existing.name !== p.name) {
      errors.push({
        row: p.row,
        column: columnLetter(h.name),
        message: `区划代码 ${p.code} 已存在，名称为“${existing.name}”，文件中为“${p.name}”；如需更名请在区划列表中操作`,
      });
    } else if (existing) unchanged++;
    else toInsert.push(p);
  }
  if (errors.length) {
    errors.sort((a, b) => a.row - b.row);
    throw ruleViolation(`文件中有 ${errors.length} 处错误，未导入任何数据。请改正后重新导入。`, undefined, { errors });
  }
  job.progress(parsed.length, parsed.length, '写入数据库');
  const by = ctx.operator();
  const at = ctx.now();
  return commit(() => {
    const ids = new Map<string, string>();
    for (const p of toInsert) {
      const level = levelOfCode(p.code) as 4 | 5;
      const parentCode = `${p.code.slice(0, 9)}000`;
      const parentId = level === 5 ? (ids.get(parentCode) ?? getRegionByCode(ctx.db, parentCode)?.id ?? null) : null;
      const id = newId();
      ids.set(p.code, id);
      insertRegion(ctx.db, {
        id,
        code: p.code,
        name: p.name,
        level,
        parentId,
        urbanRuralCode: p.urbanRuralCode,
        by,
        at,
      });
    }
    return {
      data: { created: toInsert.length, unchanged },
      entityId: null,
      summary: `从文件“${input.fileName}”导入区划：新增 ${toInsert.length} 条，已存在 ${unchanged} 条`,
    };
  });
}
