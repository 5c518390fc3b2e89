import type { PartialHandlers } from '../../handlers';
import { exportReport } from './export';

export const reportsHandlers: PartialHandlers<'reports.export'> = {
  'reports.export': exportReport,
};
