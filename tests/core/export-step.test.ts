// files/export-step.ts: every file written for the clerk (exports with their audit row, templates and error lists
// without one) is reserved, written and published on one path; a failed write, publish or commit leaves no file.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFile, writtenFile } from '../../electron/core/modules/files/export-step';
import { makeCore } from './harness';

const exportsIn = (dataDir: string) => {
  const dir = join(dataDir, 'exports');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

const about = { subject: '测试文件', ids: 'none' } as const;
const writeBytes = (filePath: string) => Promise.resolve(writeFileSync(filePath, 'xlsx'));

describe('export-step', () => {
  it('writtenFile publishes the file and its name, with no audit row', async () => {
    const core = makeCore();
    const audited = core.ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const file = await writtenFile(core.ctx, { write: writeBytes, publish: () => ({ fileName: '模板.xlsx', about }) });
    expect(file.fileName).toBe('模板.xlsx');
    expect(exportsIn(core.dataDir)).toEqual([`${file.fileId}.json`, `${file.fileId}.xlsx`]);
    expect(core.ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(audited);
  });

  it.each([
    [
      'the write',
      { write: () => Promise.reject(new Error('写入失败')), publish: () => ({ fileName: 'x.xlsx', about }) },
    ],
    [
      'the write after the file is complete (a cancel)',
      {
        write: async (filePath: string) => {
          await writeBytes(filePath);
          throw new Error('已取消');
        },
        publish: () => ({ fileName: 'x.xlsx', about }),
      },
    ],
    [
      'the publish',
      {
        write: writeBytes,
        publish: (): { fileName: string; about: typeof about } => {
          throw new Error('发布失败');
        },
      },
    ],
  ])('writtenFile leaves no file when %s fails', async (_what, step) => {
    const core = makeCore();
    await expect(writtenFile(core.ctx, step)).rejects.toThrow();
    expect(exportsIn(core.dataDir)).toEqual([]);
  });

  it('exportFile leaves no file when the commit of its audit row fails', async () => {
    const core = makeCore();
    const step = {
      write: writeBytes,
      publish: () => ({ fileName: 'x.xlsx', about, data: {}, summary: '导出' }),
    };
    const failingCommit = () => {
      throw new Error('提交失败');
    };
    await expect(exportFile(core.ctx, failingCommit, step)).rejects.toThrow('提交失败');
    expect(exportsIn(core.dataDir)).toEqual([]);
  });
});
