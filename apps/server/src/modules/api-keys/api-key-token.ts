import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * API key text: `kt_<prefix>_<secret>`. The 12-character prefix is stored as is (it finds the row, and the
 * admin shows it so people can tell keys apart); the 40-character secret (≈238 bits) only as its SHA-256. A slow
 * password hash would add nothing for a random secret of that strength and would cost every request.
 */
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PREFIX_LENGTH = 12;
const SECRET_LENGTH = 40;
const KEY_PATTERN = /^kt_([a-z0-9]{12})_([A-Za-z0-9]{40})$/;

export interface NewApiKeyToken {
  prefix: string;
  secretHash: string;
  /** The whole key, shown to its creator once. */
  text: string;
}

function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export function newApiKeyToken(): NewApiKeyToken {
  const prefix = randomString(PREFIX_ALPHABET, PREFIX_LENGTH);
  const secret = randomString(SECRET_ALPHABET, SECRET_LENGTH);
  return { prefix, secretHash: hashApiKeySecret(secret), text: `kt_${prefix}_${secret}` };
}

export function parseApiKeyToken(text: string): { prefix: string; secret: string } | null {
  const m = KEY_PATTERN.exec(text.trim());
  return m ? { prefix: m[1]!, secret: m[2]! } : null;
}

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function apiKeySecretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKeySecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What the admin shows for a key: enough to recognise it, useless to an attacker. */
export function displayPrefix(prefix: string): string {
  return `kt_${prefix}_…`;
}
