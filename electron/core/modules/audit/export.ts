// audit.export: the filtered audit log as one .xlsx in the report frame (an inspection asks for it), written with the
// report writer on the export's read-only connection; the export itself is one audit row (§9.9).
import type { AuditFilter } from '../../../../shared/contract/audit';
import { auditActionLabel, auditEntityLabel } from '../../../../shared/contract/audit-labels';
import { column as col, type ReportDefinition } from '../../excel/report-definition';
import type { Handler } from '../../handlers';
import { exportSheet } from '../files/sheet-export';
import { auditReader, countAudit, iterateAudit } from './search';
import { localDate, localTimeText } from '../../clock';

const AUDIT_DEFINITION: ReportDefinition = {
  code: 'CZJL',
  name: '操作记录',
  unitLabel: null,
  columns: [
    col('seq', '序号', 'seq'),
    col('at', '时间', 'text', { width: 20 }),
    col('operator', '操作员', 'text', { width: 12 }),
    col('action', '操作', 'text', { width: 18 }),
    col('entity', '记录类型', 'text', { width: 14 }),
    col('entityId', '记录编号', 'text', { width: 38 }),
    col('summary', '内容', 'text', { width: 80 }),
  ],
  totals: { grandTotal: false },
};

/** 2026-11-28T08:05:03.123Z → 2026-11-28 08:05:03 (as stored, UTC). */

/** What the filter asked for, in words, for the audit row. */
function filterText(f: AuditFilter): string {
  const parts = [
    f.from || f.to ? `${f.from ?? '最早'}至${f.to ?? '最近'}` : '全部日期',
    f.operator ? `操作员 ${f.operator}` : '',
    f.channel ? `操作 ${auditActionLabel(f.channel, f.entity)}` : '',
    f.entity ? `记录类型 ${auditEntityLabel(f.entity)}` : '',
    f.entityId ? `记录编号 ${f.entityId}` : '',
    f.personId ? `人员 ${f.personId}` : '',
  ];
  return parts.filter(Boolean).join('，');
}

export const exportAudit: Handler<'audit.export'> = async (f, ctx, job, commit) => {
  f = { ...f, ...auditReader(ctx) };
  const today = ctx.today();
  return exportSheet(ctx, job, commit, {
    code: 'CZJL',
    read: (db) => {
      const first = (db.prepare('SELECT min(at) FROM audit_log').pluck().get() as string | null) ?? today;
      const rows = (function* () {
        for (const e of iterateAudit(db, f))
          yield {
            at: localTimeText(e.at),
            operator: e.operator,
            action: auditActionLabel(e.channel, e.entity),
            entity: auditEntityLabel(e.entity),
            entityId: e.entityId ?? '',
            summary: e.summary,
          };
      })();
      const period = { from: f.from ?? localDate(first), to: f.to ?? today };
      return { def: AUDIT_DEFINITION, rows, total: countAudit(db, f), period };
    },
    options: { full: false },
    about: { subject: `操作记录（${filterText(f)}）`, ids: 'none' },
    summary: (rows) => `导出操作记录（${filterText(f)}，${rows} 条）`,
  });
};
