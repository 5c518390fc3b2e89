// A working copy of a backup in backups/ (decrypted if need be), and the checks a copy must pass before it can
// replace the register: a SQLite file, integrity_check ok, a schema this program knows (older ones are upgraded on
// the copy, never on the register).
import { createReadStream, rmSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { ruleViolation } from '../../../../shared/contract/result';
import type { BackupRef } from '../../../../shared/contract/backups';
import type { CoreContext } from '../../context';
import { PARTIAL } from '../../db/copy';
import { openDatabase } from '../../db/open';
import { StartupError } from '../../db/startup-error';
import type { JobControl } from '../../jobs/registry';
import { NEED_PASSPHRASE, decryptFile } from './envelope';
import { pathOf, stagingPath } from './files';

async function copyWithProgress(src: string, dest: string, job: JobControl): Promise<void> {
  const total = (await stat(src)).size;
  const out = await open(dest + PARTIAL, 'w');
  try {
    let done = 0;
    for await (const chunk of createReadStream(src, { highWaterMark: 1 << 20 })) {
      job.checkCancelled();
      await out.write(chunk as Buffer);
      done += (chunk as Buffer).length;
      job.progress(done, total, '读取备份');
    }
    await out.sync();
    await out.close();
    await rename(dest + PARTIAL, dest);
  } catch (err) {
    await out.close().catch(() => undefined);
    await rm(dest + PARTIAL, { force: true });
    throw err;
  }
}

/** Copies (or decrypts) the backup into a staging file in backups/ and returns its path; the caller removes it. */
export async function stageBackup(
  ctx: CoreContext,
  ref: BackupRef,
  passphrase: string | null | undefined,
  job: JobControl,
): Promise<string> {
  const source = pathOf(ctx, ref);
  const staged = stagingPath(ctx);
  if (ref.name.endsWith('.tzbak')) {
    if (!passphrase) throw ruleViolation(NEED_PASSPHRASE, { passphrase: NEED_PASSPHRASE });
    await decryptFile(source, staged, passphrase, job);
  } else {
    await copyWithProgress(source, staged, job);
  }
  return staged;
}

/** The Chinese refusal for a backup the start-up checks refuse (they speak of the register, this of the backup). */
function backupRefusal(err: StartupError): string {
  switch (err.code) {
    case 'NOT_SQLITE':
      return '这个文件不是台账备份（不是台账数据库），数据未改动。';
    case 'CORRUPT':
      return '备份文件已损坏（完整性检查未通过），不能使用。数据未改动。';
    case 'NEWER_VERSION':
      return '这份备份由更新版本的台账程序制作，本程序不能使用。请先安装最新版本。数据未改动。';
    case 'EDITED_MIGRATION':
      return '这份备份的数据库结构与本程序不一致，不能使用。数据未改动，请联系技术支持。';
    case 'MIGRATION_FAILED':
      return '这份备份升级到本程序的版本时失败，不能使用。数据未改动，请联系技术支持。';
    default:
      return `这份备份无法打开（${err.message}），数据未改动。`;
  }
}

/**
 * Opens the staged copy as the start-up would (integrity check, known schema, migrations applied to the copy) and
 * closes it again; returns its schema version. Throws a RULE_VIOLATION naming what is wrong.
 */
export function checkStaged(ctx: CoreContext, staged: string): number {
  try {
    const opened = openDatabase(staged, { backupDir: null, nativeBinding: ctx.nativeBinding });
    opened.db.close();
    rmSync(`${staged}.open`, { force: true }); // an open-marker the start-up code may keep beside an open register
    return opened.schemaVersion;
  } catch (err) {
    if (err instanceof StartupError) throw ruleViolation(backupRefusal(err));
    throw err;
  }
}

/** Removes a staging copy and anything SQLite left beside it. */
export function removeStaged(staged: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal', '.open']) rmSync(staged + suffix, { force: true });
}
