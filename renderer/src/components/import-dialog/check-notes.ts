// Notes of the import check views that are plain text (no React): kept apart so a unit test can reach them.
import type { SkippedImportRow } from '../../../../shared/contract/imports';

/** Rows the core marks skipped as hidden in Excel (skip.ts SKIP_REASONS.hidden). */
const HIDDEN_ROW = '隐藏行';
/** Hidden rows named at most in the note. */
const HIDDEN_ROWS_SHOWN = 10;
/** A row the core merged with an earlier identical one (skip.ts duplicateRowReason): 重复行（与第x行相同）. */
const DUPLICATE_ROW = /^重复行（与第(\d+)行相同）$/;
/** Pairs of identical rows named at most in the note. */
const DUPLICATES_SHOWN = 5;

/**
 * What both check views say about the rows skipped: rows hidden or filtered out in Excel (audit8 gap 3) and rows
 * merged with an identical earlier one (gap 8) are named apart, so the count matches what the clerk sees; `what`
 * is 人员数据 or 数据.
 */
export function skippedNotes(skipped: readonly SkippedImportRow[], what: string): (string | false)[] {
  const hidden = skipped.filter((s) => s.reason === HIDDEN_ROW).map((s) => s.row);
  const pairs = skipped.flatMap((s) => {
    const m = DUPLICATE_ROW.exec(s.reason);
    return m ? [`第${m[1]}行与第${s.row}行相同`] : [];
  });
  const others = skipped.length - hidden.length - pairs.length;
  const listed = hidden.slice(0, HIDDEN_ROWS_SHOWN).join('、') + (hidden.length > HIDDEN_ROWS_SHOWN ? '等' : '');
  const same = pairs.slice(0, DUPLICATES_SHOWN).join('；') + (pairs.length > DUPLICATES_SHOWN ? '等' : '');
  return [
    hidden.length > 0 && `跳过隐藏行 ${hidden.length} 行（第${listed}行）：Excel 中隐藏或筛选掉的行不导入`,
    pairs.length > 0 && `重复行 ${pairs.length} 行已合并（${same}），只导入一次`,
    others > 0 && `另有 ${others} 行不是${what}（如合计、说明、空行），已跳过，见“跳过的行”`,
  ];
}
