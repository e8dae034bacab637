import { isValidClientNumber, normalizeClientNumber } from '../client/client-number';
import { phoneDigits } from '../contact/phone';
import { normalizeForSearch } from '../contact/search-normalize';
import { validateEuVat } from '../invoice/eu-vat';
import { validateNip } from '../invoice/nip';
import { validateRegon } from '../invoice/regon';

/**
 * Routes the one search box (F5.1) to the index that can answer it. Rules, first match wins:
 *
 * 1. Blank → EMPTY.
 * 2. Contains "@" → EMAIL ("anna@", "@gmail.com"), lower case, spaces removed.
 * 3. "#123", "nr 123", "nr. A-12", "numer 17" → CLIENT_NUMBER (normalised like stored numbers).
 * 4. Starts with "…" or "..." followed by digits → PHONE with phoneMatch SUFFIX ("…4567": the last digits).
 * 5. Two letters + a valid EU VAT number ("PL5260250274", "DE 136695976") → TAX_ID.
 * 6. Only digits and phone punctuation (+ - ( ) . / space):
 *    a. starts with "+" → PHONE, PREFIX of the digits with country code ("+48600" → "48600");
 *    b. 10 digits with a valid NIP checksum ("526-025-02-74", "5260250274") → TAX_ID (a Polish phone has 9);
 *    c. 14 digits with a valid REGON → TAX_ID. A 9-digit valid REGON stays PHONE: 9 digits is a Polish phone
 *       number first, and 1 in 11 phone numbers passes the REGON checksum;
 *    c'. starts with "00" → PHONE, PREFIX, like "+" ("0048 600" → "48600");
 *    d. at most 6 digits typed without separators ("123", "4567") → MIXED: a client number OR a phone fragment,
 *       the server searches both;
 *    e. anything else ("600 100", "600100200", "22 621") → PHONE, digits matched ANYWHERE in the stored keys.
 * 7. Only letters, spaces, hyphens, apostrophes and dots → NAME ("Kowalsky", "zolc", "anna kow", "O'Brien"),
 *    normalised like `normalizeForSearch`; the server matches names, companies and tags with trigrams.
 * 8. Anything else ("Kowalska 600", "A-12") → MIXED with name tokens and the digits.
 */

export type SearchInputKind = 'EMPTY' | 'PHONE' | 'EMAIL' | 'CLIENT_NUMBER' | 'TAX_ID' | 'NAME' | 'MIXED';
export type PhoneMatch = 'PREFIX' | 'SUFFIX' | 'ANYWHERE';

export type ClassifiedSearchInput = {
  kind: SearchInputKind;
  /** The value to look up with: normalised text, digits, e-mail, client number or canonical tax id. */
  normalized: string;
  digits?: string;
  tokens: string[];
  /** For PHONE: where the digits must appear in a phone search key. */
  phoneMatch?: PhoneMatch;
  /** For PHONE: true when only the last digits were typed ("…4567"); same as phoneMatch 'SUFFIX'. */
  isSuffix?: boolean;
  /** For CLIENT_NUMBER, and MIXED input that could be one: the number as stored (normalised). */
  clientNumber?: string;
  /** For TAX_ID: which identifier it is. */
  taxIdKind?: 'NIP' | 'REGON' | 'EU_VAT';
};

const PHONE_CHARS = /^[+\d\s\-()./]+$/;
const NAME_CHARS = /^[\p{L}\p{M}\s\-'’.]+$/u;

export function classifySearchInput(raw: string | null | undefined): ClassifiedSearchInput {
  const text = (raw ?? '').normalize('NFKC').trim();
  if (!text) return { kind: 'EMPTY', normalized: '', tokens: [] };

  if (text.includes('@')) {
    const email = text.toLowerCase().replace(/\s+/g, '');
    return { kind: 'EMAIL', normalized: email, tokens: [email] };
  }

  const number = /^(?:#|nr\.?|numer|no\.?)\s*([A-Za-z0-9][A-Za-z0-9\-/.]{0,31})$/i.exec(text);
  if (number && /\d/.test(number[1])) {
    const n = normalizeClientNumber(number[1]);
    return { kind: 'CLIENT_NUMBER', normalized: n, tokens: [n], clientNumber: n };
  }

  const suffix = /^(?:…|\.{2,})\s*([\d\s-]+)$/.exec(text);
  if (suffix) {
    const digits = phoneDigits(suffix[1]);
    if (digits) return { kind: 'PHONE', normalized: digits, digits, tokens: [digits], phoneMatch: 'SUFFIX', isSuffix: true };
  }

  if (/^[A-Za-z]{2}/.test(text) && /\d{5,}/.test(text.replace(/[\s.-]/g, ''))) {
    const vat = validateEuVat(text);
    if (vat.valid && vat.normalized) return { kind: 'TAX_ID', normalized: vat.normalized, tokens: [vat.normalized], taxIdKind: 'EU_VAT' };
  }

  if (PHONE_CHARS.test(text) && /\d/.test(text)) return classifyDigits(text);

  const normalized = normalizeForSearch(text);
  // only marks the search keys drop (a lone accent: "΄" is a space and a combining acute after NFKC) is blank
  if (!normalized) return { kind: 'EMPTY', normalized: '', tokens: [] };
  if (NAME_CHARS.test(text)) return { kind: 'NAME', normalized, tokens: normalized.split(' ').filter(Boolean) };

  const digits = phoneDigits(text);
  return {
    kind: 'MIXED',
    normalized,
    tokens: normalized.split(' ').filter(Boolean),
    ...(digits ? { digits } : {}),
    ...(isValidClientNumber(text) ? { clientNumber: normalizeClientNumber(text) } : {}),
  };
}

function classifyDigits(text: string): ClassifiedSearchInput {
  const digits = phoneDigits(text);
  const phone = (phoneMatch: PhoneMatch, d = digits): ClassifiedSearchInput => ({ kind: 'PHONE', normalized: d, digits: d, tokens: [d], phoneMatch });

  if (text.startsWith('+')) return phone('PREFIX');
  // Tax ids before the "00" prefix: old REGONs start with zeros ("000331501…").
  if (digits.length === 10) {
    const nip = validateNip(digits);
    if (nip.valid && nip.normalized) return { kind: 'TAX_ID', normalized: nip.normalized, digits, tokens: [nip.normalized], taxIdKind: 'NIP' };
  }
  if (digits.length === 14) {
    const regon = validateRegon(digits);
    if (regon.valid && regon.normalized) return { kind: 'TAX_ID', normalized: regon.normalized, digits, tokens: [regon.normalized], taxIdKind: 'REGON' };
  }
  if (digits.startsWith('00') && digits.length > 2) return phone('PREFIX', digits.slice(2));
  if (/^\d{1,6}$/.test(text)) return { kind: 'MIXED', normalized: digits, digits, tokens: [digits], clientNumber: digits };
  return phone('ANYWHERE');
}
