// archive.list / archive.export / archive.purge (CFG-31, DOMAIN §9.8): the administrator's 档案到期.
import { ruleViolation } from '../../../../shared/contract/result';
import { writeReportSheets } from '../../excel/report-writer';
import type { PartialHandlers } from '../../handlers';
import { takePlainBackup } from '../backups/create';
import { exclusive } from '../backups/files';
import { exportFile } from '../files/export-step';
import { officeFileName, officeParams } from '../settings/office-export';
import { idMaskerOn } from '../settings/display';
import { requireOffice } from '../settings/service';
import { ARCHIVE_CODE, ARCHIVE_NAME, archiveSheets } from './workbook';
import { expiredPage, expiredPersons } from './expired';
import { purgePersons } from './purge';

const LISTED = 200;

const ruleText = (years: number, cutoff: string) =>
  `已办结（无未注销的失业登记、无在岗安置和在见习、无有效或待审的认定、未列入补贴发放花名册）且最后一次业务发生在${cutoff}之前（保存${years}年）的人员。`;

export const archiveHandlers: PartialHandlers<'archive.list' | 'archive.export' | 'archive.purge'> = {
  'archive.list': (_input, ctx) => {
    const { years, cutoff, total, rows } = expiredPage(ctx.db, ctx.today(), LISTED);
    const mask = idMaskerOn(ctx.db, ctx.today()); // CFG-29, as every list
    return {
      years,
      cutoff,
      total,
      persons: rows.map(({ idNumber, ...r }) => ({ ...r, idNumberMasked: mask(idNumber) })),
    };
  },

  'archive.export': async (_input, ctx, job, commit) => {
    const office = requireOffice(ctx.db);
    const today = ctx.today();
    const { years, cutoff, rows } = expiredPersons(ctx.db, today);
    if (rows.length === 0) throw ruleViolation('没有超过保存期限的档案，无需导出。');
    job.progress(0, 0, '准备数据');
    const params = officeParams(office, { month: today.slice(0, 7) });
    const sheets = archiveSheets(ctx.db, rows, `本表为${ruleText(years, cutoff)}`, params);
    return exportFile(ctx, commit, {
      write: (filePath) => writeReportSheets(sheets, { filePath, full: true, job }),
      publish: () => ({
        fileName: officeFileName(ctx, office, ARCHIVE_CODE, today.slice(0, 7)),
        about: { subject: `${ARCHIVE_NAME}（${rows.length} 人）`, ids: 'full' },
        data: { persons: rows.length },
        summary: `导出${ARCHIVE_NAME}（超过保存期限${years}年，${rows.length} 人，完整号码）`,
      }),
    });
  },

  // A fresh backup first (refused if it fails), then one transaction; the audit row gives the count, no names.
  'archive.purge': (input, ctx, job, commit) =>
    exclusive(ctx, () => {
      const { years, rows } = expiredPersons(ctx.db, ctx.today());
      if (rows.length === 0) throw ruleViolation('没有超过保存期限的档案，未删除任何数据。');
      if (rows.length !== input.count)
        throw ruleViolation(`到期档案已变为 ${rows.length} 人（确认时为 ${input.count} 人），请刷新列表后重新确认。`);
      job.progress(0, 2, '备份数据');
      let backup: string;
      try {
        backup = takePlainBackup(ctx, 'before-purge').name;
      } catch (err) {
        ctx.logError(err, 'archive.purge backup');
        throw ruleViolation('备份失败，未删除任何数据。请检查数据文件夹的磁盘空间后重试。');
      }
      job.progress(1, 2, '删除档案');
      // A failure rolls the whole transaction back; the backup stays (it is the register as it still is).
      return Promise.resolve(
        commit(() => {
          const { deleted } = purgePersons(ctx.db, rows);
          return {
            data: { persons: rows.length, deleted, backup },
            entityId: null,
            summary: `清理超过保存期限（${years}年）的档案 ${rows.length} 人，清理前已备份：${backup}`,
          };
        }),
      );
    }),
};
