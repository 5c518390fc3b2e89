// Shared data for the renderer tests of the recognition work lists. INFO.today is 2025-03-15.
import type { RecognitionListItem } from '../../shared/contract/recognitions';
import { ABDU } from './person-fixtures';

/** recognitionWorklists.counts with nothing waiting. */
export const NO_RECOGNITION_COUNTS = {
  asOf: '2025-03-15',
  pendingVillage: 0,
  inNotice: 0,
  noticeEnding: 0,
  pendingTownship: 0,
  pendingCounty: 0,
  newThisMonth: 0,
  shouldExit: 0,
  assistanceDue: 0,
};

/** A recognition in force (低保对象, recognised 2024-09-01) of 阿不都热合曼 as a list row, to spread and adjust. */
export const RECOGNISED_ITEM: RecognitionListItem = {
  id: 'rec1',
  personId: ABDU.id,
  personName: ABDU.name,
  idNumberMasked: ABDU.idNumberMasked,
  townshipName: '乌帕尔镇',
  villageName: '乌帕尔村',
  applyDate: '2024-08-20',
  primaryLabel: '低保对象',
  categoryLabels: '低保对象',
  stage: 'recognised',
  stageLabel: '已认定',
  noticeStart: null,
  noticeEnd: null,
  recognitionDate: '2024-09-01',
  exitDate: null,
  backfilled: false,
  daysLeft: null,
  exitHint: null,
  suggestedExitReason: null,
};
