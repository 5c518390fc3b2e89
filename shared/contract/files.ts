import { z } from 'zod';
import { writeChannel } from './define';

// Files the core wrote for the clerk to save (exports, import templates, error lists). A job writes the file
// into the data folder's exports/ and returns its id; files.take hands the bytes over once, deletes the
// file and records the download in the audit log. Only a UUID is accepted, never a path.

export const FILE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const fileId = z.string({ error: '缺少文件编号' }).regex(FILE_ID_PATTERN, { error: '文件编号不正确' });

/** What a job that wrote a file returns. */
export const writtenFile = z.object({
  fileId: z.string(),
  /** The name to save under, e.g. 653121_RPT-01_202611_202611281530.xlsx. */
  fileName: z.string(),
});
export type WrittenFile = z.infer<typeof writtenFile>;

export const takenFile = z.object({ fileName: z.string(), contentBase64: z.string() });
export type TakenFile = z.infer<typeof takenFile>;

export const filesChannels = {
  /** Reads a written file once and deletes it; audited with what the file holds and its masking (issue 20). */
  'files.take': writeChannel(z.object({ fileId }), takenFile, 'file'),
};
