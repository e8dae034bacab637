import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * Phones are stored in E.164 ("+48600100200") and shown formatted. Parsing uses libphonenumber's "max"
 * metadata: the default "min" metadata only checks lengths, so "+48 123 456 789" would pass as a valid number.
 */

export type PhoneNumberType =
  | 'MOBILE'
  | 'FIXED_LINE'
  | 'FIXED_LINE_OR_MOBILE'
  | 'VOIP'
  | 'TOLL_FREE'
  | 'OTHER'
  | 'UNKNOWN';

export type ParsedPhone = {
  ok: true;
  e164: string;
  country: string | undefined;
  national: string;
  international: string;
  type: PhoneNumberType;
  /** "wew. 12" / "ext. 12" when typed; E.164 has no room for it. */
  extension?: string;
};

export type ParsePhoneResult = ParsedPhone | { ok: false; reason: 'INVALID_PHONE' };

export const DEFAULT_PHONE_COUNTRY = 'PL';

const INVALID: ParsePhoneResult = { ok: false, reason: 'INVALID_PHONE' };

export function parsePhone(input: string, defaultCountry: string = DEFAULT_PHONE_COUNTRY): ParsePhoneResult {
  if (typeof input !== 'string') return INVALID;
  const cleaned = cleanPhoneInput(input);
  if (!/\d/.test(cleaned) || cleaned.length > 40) return INVALID;
  const country = defaultCountry.toUpperCase() as CountryCode;

  for (const candidate of candidates(cleaned, country)) {
    const parsed = tryParse(candidate, country);
    if (parsed) return parsed;
  }
  return INVALID;
}

function tryParse(text: string, country: CountryCode): ParsedPhone | undefined {
  let number: PhoneNumber | undefined;
  try {
    number = parsePhoneNumberFromString(text, { defaultCountry: country });
  } catch {
    return undefined;
  }
  if (!number || !number.isValid()) return undefined;
  const result: ParsedPhone = {
    ok: true,
    e164: number.number,
    country: number.country,
    national: nationalDisplay(number),
    international: number.formatInternational().replace(/ ext\. .*$/, ''),
    type: mapType(number.getType()),
  };
  if (number.ext) result.extension = number.ext;
  return result;
}

/**
 * Extra readings of what receptionists type, tried only when the plain reading is invalid:
 * - "+48 (0) 22 …" and "0 600 100 200" / "022 621 45 67": a trunk zero Poland dropped in 2002 but people and
 *   old address books still write.
 */
function candidates(cleaned: string, country: CountryCode): string[] {
  const list = [cleaned];
  const withoutTrunkInBrackets = cleaned.replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
  if (withoutTrunkInBrackets !== cleaned) list.push(withoutTrunkInBrackets);
  const digits = cleaned.replace(/\D/g, '');
  if (country === 'PL' && !cleaned.startsWith('+') && /^0[1-9]\d{8}$/.test(digits)) list.push(digits.slice(1));
  return list;
}

/** Accepts "tel:" links, Polish "wew." extensions and the odd non-breaking space from copy-paste. */
function cleanPhoneInput(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/^\s*tel:/i, '')
    .replace(/\s*(?:wew\.?|w\.)\s*(\d+)\s*$/i, ' ext. $1')
    .trim();
}

function mapType(type: string | undefined): PhoneNumberType {
  switch (type) {
    case 'MOBILE':
    case 'FIXED_LINE':
    case 'FIXED_LINE_OR_MOBILE':
    case 'VOIP':
    case 'TOLL_FREE':
      return type;
    case undefined:
      return 'UNKNOWN';
    default:
      return 'OTHER';
  }
}

function nationalDisplay(number: PhoneNumber): string {
  return number.formatNational().replace(/ ext\. .*$/, '');
}

// Parsing with the full metadata costs 70-170 µs a number, 3-8 ms of CPU for a list page of 50
// clients; the same numbers come back page after page, so the last few thousand are remembered (oldest forgotten first).
const FORMATTED_PHONES_MAX = 5000;
const formattedPhones = new Map<string, string>();

/**
 * How a stored number is shown. 'national' is the receptionist's view: Polish numbers without +48
 * ("600 100 200", "22 621 45 67"), foreign numbers always international ("+44 20 7946 0958"), because a
 * foreign national format ("020 7946 0958") cannot be dialled from Poland. Unparseable input is returned as is.
 */
export function formatPhone(e164: string, style: 'national' | 'international' = 'national'): string {
  const key = `${style}:${e164}`;
  const known = formattedPhones.get(key);
  if (known !== undefined) return known;
  const shown = formatUncached(e164, style);
  if (formattedPhones.size >= FORMATTED_PHONES_MAX) formattedPhones.delete(formattedPhones.keys().next().value!);
  formattedPhones.set(key, shown);
  return shown;
}

function formatUncached(e164: string, style: 'national' | 'international'): string {
  let number: PhoneNumber | undefined;
  try {
    number = parsePhoneNumberFromString(e164);
  } catch {
    number = undefined;
  }
  if (!number) return e164;
  if (style === 'national' && number.countryCallingCode === '48') return nationalDisplay(number);
  return number.formatInternational().replace(/ ext\. .*$/, '');
}

/**
 * Digits-only keys a stored phone is found by: with the country code ("48600100200") and the national
 * significant number ("600100200"), so that both "+48 600…" and "600 1…" match by prefix.
 */
export function phoneSearchKeys(e164: string): string[] {
  let number: PhoneNumber | undefined;
  try {
    number = parsePhoneNumberFromString(e164);
  } catch {
    number = undefined;
  }
  const all = phoneDigits(e164);
  if (!number) return all ? [all] : [];
  const keys = [`${number.countryCallingCode}${number.nationalNumber}`, String(number.nationalNumber)];
  return [...new Set(keys)];
}

/** Digits of a typed search fragment: "600 1" → "6001", "+48 600" → "48600". */
export function phoneDigits(input: string): string {
  return input.normalize('NFKC').replace(/\D/g, '');
}

export function isValidPhone(input: string, defaultCountry: string = DEFAULT_PHONE_COUNTRY): boolean {
  return parsePhone(input, defaultCountry).ok;
}
