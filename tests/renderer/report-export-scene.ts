// The 报表导出 page's fake answers, for report-export.test.tsx and report-export-choice.test.tsx: one export job that
// ends at once with a written file, and the 乡镇 the page offers.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Region } from '../../shared/contract/regions';
import { jobEnded, ok, region, type FakeHandlers } from './fake-api';

export const FILE_ID = '0190a000-0000-7000-8000-000000000001';
export const T1 = region({ id: 't1', code: '653221100000', name: '巴格其镇' });

/** jobs.status of the export job once it is done with `data`. */
export const done = (data: unknown) => jobEnded('job-1', ok(data), { channel: 'reports.export' });

/** regions.list answers `places`; reports.export starts the job, which writes `rows` rows into `fileName`. */
export function exportHandlers(
  file: { fileName: string; rows: number },
  places: Region[] = [T1],
  over: FakeHandlers = {},
): FakeHandlers {
  return {
    'regions.list': () => ok({ items: places }),
    'reports.export': () => ok({ jobId: 'job-1' }),
    'jobs.status': () => done({ fileId: FILE_ID, ...file }),
    'files.take': () => ok({ fileName: file.fileName, contentBase64: btoa('PK-xlsx') }),
    ...over,
  };
}

/** Picks a 乡镇 in the page's 乡镇(街道) select. */
export async function chooseTownship(name: string) {
  await userEvent.click(screen.getByLabelText('乡镇(街道)'));
  await userEvent.click(await screen.findByTitle(name));
}
