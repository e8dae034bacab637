/**
 * E-mail normalisation. We lowercase the whole address, local part included, although RFC 5321 lets a server
 * treat "Anna.Kowalska@" and "anna.kowalska@" as different mailboxes: no mail provider our clients use does,
 * receptionists type addresses from dictation with random capitals, and case-only variants are the same person
 * in practice. One spelling also makes duplicate detection and unique indexes work.
 */

export const EMAIL_MAX_LENGTH = 254;

// Pragmatic, not RFC 5322: dot-atom local part, no quoted strings or IP literals (nobody gives a salon those),
// domain labels of letters (any script, for IDN), digits and inner hyphens, a top-level domain of 2+ letters.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

export function normalizeEmail(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  const candidate = input
    .normalize('NFC')
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
  return isWellFormed(candidate) ? candidate : null;
}

export function isValidEmail(input: string | null | undefined): boolean {
  return normalizeEmail(input) !== null;
}

function isWellFormed(address: string): boolean {
  if (address.length === 0 || address.length > EMAIL_MAX_LENGTH) return false;
  const at = address.lastIndexOf('@');
  if (at <= 0 || at !== address.indexOf('@')) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return false;
  const tld = labels[labels.length - 1];
  return /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u.test(tld);
}
