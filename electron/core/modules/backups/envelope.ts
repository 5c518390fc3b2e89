// The encrypted backup file (.tzbak) for copies that leave the data folder (issue 20):
//   "TZBAK01\n" | u32 BE header length | header JSON | AES-256-GCM ciphertext of the SQLite copy | 16-byte GCM tag
// The header (metadata, scrypt parameters with a random per-file salt, the IV, a passphrase check value) is plain
// text so a list can show date and counts without the passphrase, and it is the GCM associated data, so changing
// one byte of it or of the ciphertext makes the tag check fail. scrypt gives 64 bytes: the first 32 are the AES key,
// the last 32 key an HMAC whose first 16 bytes (the check value) tell a wrong passphrase from a damaged file.
// Files are streamed in 1 MB chunks; decrypted bytes go to a .partial file that is used only once the tag is verified.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  scryptSync,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { backupMeta, type BackupMeta } from '../../../../shared/contract/backups';
import { ruleViolation } from '../../../../shared/contract/result';
import { PARTIAL } from '../../db/copy';
import type { JobControl } from '../../jobs/registry';

const MAGIC = Buffer.from('TZBAK01\n', 'latin1');
const TAG_BYTES = 16;
const CHUNK = 1 << 20;
const MAX_HEADER = 64 * 1024;

export interface KdfParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
}

interface Header {
  meta: BackupMeta;
  kdf: KdfParams;
  iv: string;
  check: string;
  plainBytes: number;
}

export const WRONG_PASSPHRASE = '备份口令不正确，数据未改动。请输入制作这份备份时使用的备份口令。';
export const TAMPERED = '备份文件已损坏或被改动过（校验未通过），不能使用。数据未改动。';
const NOT_A_BACKUP = '这个文件不是台账备份文件，数据未改动。';
export const NEED_PASSPHRASE = '这份备份已加密，请输入备份口令。';

/** 2^15 × 8 × 128 B = 32 MB of memory and about 0.1 s per derivation. */
export const DEFAULT_KDF = { N: 1 << 15, r: 8, p: 1 } as const;

type Cost = { N: number; r: number; p: number };
const scryptOptions = (c: Cost): ScryptOptions => ({ N: c.N, r: c.r, p: c.p, maxmem: 256 * c.N * c.r * c.p });

function deriveBytes(passphrase: string, salt: Buffer, params: Cost, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, length, scryptOptions(params), (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** The same derivation, blocking (about 0.1 s): for the passphrase setting, which is checked inside a write. */
export function deriveBytesSync(passphrase: string, salt: Buffer, params: Cost, length: number): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, length, scryptOptions(params));
}

async function keysOf(passphrase: string, kdf: KdfParams): Promise<{ key: Buffer; check: string }> {
  const bytes = await deriveBytes(passphrase, Buffer.from(kdf.salt, 'base64'), kdf, 64);
  const check = createHmac('sha256', bytes.subarray(32))
    .update('taizhang backup passphrase check')
    .digest()
    .subarray(0, 16);
  return { key: bytes.subarray(0, 32), check: check.toString('base64') };
}

function headerBytes(header: Header): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, len, json]);
}

/** Encrypts the plain copy `src` into `dest` (written as dest.partial, then renamed). */
export async function encryptFile(
  src: string,
  dest: string,
  passphrase: string,
  meta: BackupMeta,
  job: JobControl,
): Promise<void> {
  const plainBytes = (await stat(src)).size;
  const kdf: KdfParams = { name: 'scrypt', ...DEFAULT_KDF, salt: randomBytes(16).toString('base64') };
  const { key, check } = await keysOf(passphrase, kdf);
  const iv = randomBytes(12);
  const head = headerBytes({ meta, kdf, iv: iv.toString('base64'), check, plainBytes });
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(head);
  const partial = dest + PARTIAL;
  const out = await open(partial, 'w');
  try {
    await out.write(head);
    let done = 0;
    for await (const chunk of createReadStream(src, { highWaterMark: CHUNK })) {
      job.checkCancelled();
      await out.write(cipher.update(chunk as Buffer));
      done += (chunk as Buffer).length;
      job.progress(done, plainBytes, '加密并写入备份');
    }
    await out.write(cipher.final());
    await out.write(cipher.getAuthTag());
    await out.sync();
    await out.close();
    await rename(partial, dest);
  } catch (err) {
    await out.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
}

interface EnvelopeInfo {
  meta: BackupMeta;
  header: Header;
  headBytes: Buffer;
  size: number;
}

/** Reads and checks the plain header (a few kilobytes, read synchronously); throws NOT_A_BACKUP for anything else. */
export function readEnvelope(path: string): EnvelopeInfo {
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  try {
    const start = Buffer.alloc(12);
    const bytesRead = readSync(fd, start, 0, 12, 0);
    if (bytesRead < 12 || !start.subarray(0, 8).equals(MAGIC)) throw ruleViolation(NOT_A_BACKUP);
    const len = start.readUInt32BE(8);
    if (len > MAX_HEADER || 12 + len + TAG_BYTES > size) throw ruleViolation(TAMPERED);
    const json = Buffer.alloc(len);
    readSync(fd, json, 0, len, 12);
    let header: Header;
    try {
      header = JSON.parse(json.toString('utf8')) as Header;
      header.meta = backupMeta.parse(header.meta);
    } catch {
      throw ruleViolation(TAMPERED);
    }
    const k = header.kdf;
    const sane =
      k?.name === 'scrypt' &&
      [k.N, k.r, k.p].every(Number.isInteger) &&
      k.N <= 1 << 20 &&
      k.r <= 32 &&
      k.p <= 4 &&
      typeof header.iv === 'string';
    if (!sane || size !== 12 + len + header.plainBytes + TAG_BYTES) throw ruleViolation(TAMPERED);
    return { meta: header.meta, header, headBytes: Buffer.concat([start, json]), size };
  } finally {
    closeSync(fd);
  }
}

/**
 * Decrypts `src` into `dest` (as dest.partial, renamed only after the GCM tag is verified). A wrong passphrase or a
 * changed byte anywhere is refused with a Chinese message and leaves no file behind.
 */
export async function decryptFile(src: string, dest: string, passphrase: string, job: JobControl): Promise<BackupMeta> {
  const info = readEnvelope(src);
  const { key, check } = await keysOf(passphrase, info.header.kdf);
  const expected = Buffer.from(info.header.check, 'base64');
  const actual = Buffer.from(check, 'base64');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw ruleViolation(WRONG_PASSPHRASE);
  const tag = Buffer.alloc(TAG_BYTES);
  const fh = await open(src, 'r');
  try {
    await fh.read(tag, 0, TAG_BYTES, info.size - TAG_BYTES);
  } finally {
    await fh.close();
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(info.header.iv, 'base64'));
  decipher.setAAD(info.headBytes);
  decipher.setAuthTag(tag);
  const partial = dest + PARTIAL;
  const out = await open(partial, 'w');
  try {
    const total = info.header.plainBytes;
    let done = 0;
    if (total > 0) {
      const body = createReadStream(src, {
        start: info.headBytes.length,
        end: info.size - TAG_BYTES - 1,
        highWaterMark: CHUNK,
      });
      for await (const chunk of body) {
        job.checkCancelled();
        await out.write(decipher.update(chunk as Buffer));
        done += (chunk as Buffer).length;
        job.progress(done, total, '解密备份');
      }
    }
    try {
      await out.write(decipher.final());
    } catch {
      throw ruleViolation(TAMPERED);
    }
    await out.sync();
    await out.close();
    await rename(partial, dest);
    return info.meta;
  } catch (err) {
    await out.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
}
