// What every export takes from 单位信息 (DOMAIN §3.12, §6.0.10): the title fields of its sheets and its file name.
import { localDateTime } from '../../clock';
import type { CoreContext } from '../../context';
import type { ReportParams, ReportPeriod } from '../../excel/report-definition';
import { reportFileName } from '../../excel/report-writer';
import type { Office } from './service';

/** The title and unit line of an export's sheets: the office's county and unit names, for `period`. */
export const officeParams = (office: Office, period: ReportPeriod): ReportParams => ({
  countyName: office.countyName,
  unitName: office.name,
  period,
});

/**
 * The export's file name for report `code` and its period (a month YYYY-MM, or a 统计期 of whole months), and the
 * 乡镇(街道) it is narrowed to if any, stamped with the local time of the export.
 */
export const officeFileName = (
  ctx: CoreContext,
  office: Office,
  code: string,
  period: string | { from: string; to: string },
  place?: string,
): string => reportFileName(office.countyCode, code, period, localDateTime(ctx.now()), place);
