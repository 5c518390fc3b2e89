import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';

// Password and recovery-code hashing with node's scrypt (memory-hard, no native dependency).
// Parameters: N = 2^15, r = 8, p = 1 → 128·N·r = 32 MiB of memory and roughly 0.1 s per hash on the office PCs;
// a 16-byte random salt per hash; a 32-byte key. They are stored with the hash (`scrypt$N$r$p$salt$key`, base64url)
// so that stronger parameters can be adopted later without invalidating the existing hashes.

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

export function hashSecret(secret: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(secret.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEM });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Constant-time check of a secret against a stored hash; false for any malformed hash. */
export function verifySecret(secret: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  if (![n, r, p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  const key = scryptSync(secret.normalize('NFC'), salt, expected.length, { N: n, r, p, maxmem: MAX_MEM });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// Letters and digits that cannot be mistaken for one another on paper (no 0/O, 1/I/L).
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time recovery code: 5 groups of 5 characters (about 122 bits), e.g. `K7QM2-…`. */
export function newRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < 5; g++) {
    let s = '';
    for (let i = 0; i < 5; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}

/** What the clerk types may have spaces, lower case or no dashes: compare on the bare characters. */
export const normalizeRecoveryCode = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
