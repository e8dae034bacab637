import type { ClientKind } from '../client/client-kind';
import { normalizeEmail } from '../contact/email';
import { parsePhone } from '../contact/phone';
import { normalizeForSearch } from '../contact/search-normalize';
import { checkTaxId } from '../invoice/tax-id';
import { canonicalFirstName } from './diminutives-pl';

/**
 * Match keys of a client card (F3.3, F8.1), computed the same way for the card being typed, for stored cards and
 * for import rows: phones in E.164, normalised e-mails, a name key and a tax key.
 */

export type DedupeCard = {
  kind?: ClientKind | null;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  phones?: readonly (string | { number: string })[] | null;
  emails?: readonly (string | { address: string })[] | null;
  taxId?: string | null;
  taxIdCountry?: string | null;
  invoiceData?: { taxId?: string | null; taxIdCountry?: string | null } | null;
};

export type DedupeKeys = {
  kind: ClientKind;
  phones: string[];
  emails: string[];
  /** Person: normalised name tokens, diminutives expanded, sorted ("katarzyna nowak"). Company: see companyNameKey. */
  nameKey: string;
  nameTokens: string[];
  /**
   * Tax id as invoice data stores it: a NIP as digits ("5260250274", also when typed "PL5260250274"), other EU VAT
   * numbers with their prefix ("DE136695976"); so the key can be looked up in the stored column directly.
   */
  taxId?: string;
};

// Legal forms at the end of company names, normalised without punctuation ("sp. z o.o." → "sp z o o").
const LEGAL_FORMS = [
  'spolka z ograniczona odpowiedzialnoscia', 'sp z o o', 'spzoo', 'spolka akcyjna', 'prosta spolka akcyjna', 'p s a',
  'psa', 's a', 'sa', 'spolka komandytowa', 'spolka komandytowo akcyjna', 's k a', 'ska', 'sp k', 'spk',
  'spolka jawna', 'sp j', 'spj', 'spolka cywilna', 's c', 'sc', 'spolka partnerska', 'sp p', 'spp', 'gmbh', 'ag',
  'ltd', 'limited', 'llc', 'inc', 's r o', 'sro', 'b v', 'bv', 'sarl', 'sas', 'srl', 'spa', 'oy', 'ab', 'as',
].sort((a, b) => b.length - a.length);

/** "Auto-Serwis NOWAK Sp. z o.o. sp.k." → "auto serwis nowak". */
export function companyNameKey(name: string): string {
  let key = normalizeForSearch(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (key.endsWith(` ${form}`)) {
        key = key.slice(0, -form.length - 1).trim();
        changed = true;
      }
    }
  }
  return key;
}

/** Name tokens of a person: normalised, hyphens split ("Kowalska-Nowak"), diminutives expanded, sorted. */
export function personNameTokens(firstName?: string | null, lastName?: string | null): string[] {
  const tokens = normalizeForSearch(`${firstName ?? ''} ${lastName ?? ''}`)
    .split(/[\s\-'.]+/u)
    .filter(Boolean)
    .map(canonicalFirstName);
  return tokens.sort();
}

type NamedCard = Pick<DedupeCard, 'kind' | 'firstName' | 'lastName' | 'companyName'>;

/** A card's name tokens as the duplicate check compares them: a company's key words, or a person's sorted tokens. */
export function dedupeNameTokens(card: NamedCard): string[] {
  return card.kind === 'COMPANY' && card.companyName
    ? companyNameKey(card.companyName).split(' ').filter(Boolean)
    : personNameTokens(card.firstName, card.lastName);
}

/**
 * The name key stored on the client row (`clients.dedupe_key`, indexed): two cards with the same key are
 * SAME_NAME (scoreDuplicate), so the check finds them by one exact lookup, whatever the order of first and last
 * name, the diminutive, the diacritics or a company's legal form and punctuation. Null for a card with no name.
 */
export function storedNameKey(card: NamedCard): string | null {
  return dedupeNameTokens(card).join(' ') || null;
}

export function dedupeKeys(card: DedupeCard): DedupeKeys {
  const kind: ClientKind = card.kind === 'COMPANY' ? 'COMPANY' : 'PERSON';
  const phones = unique(
    (card.phones ?? []).map((p) => {
      const parsed = parsePhone(typeof p === 'string' ? p : p.number);
      return parsed.ok ? parsed.e164 : null;
    }),
  );
  const emails = unique((card.emails ?? []).map((e) => normalizeEmail(typeof e === 'string' ? e : e.address)));
  const nameTokens = dedupeNameTokens(card);
  const nameKey = nameTokens.join(' ');

  const rawTax = card.taxId ?? card.invoiceData?.taxId ?? null;
  const taxCountry = card.taxId ? card.taxIdCountry : card.invoiceData?.taxIdCountry;
  const keys: DedupeKeys = { kind, phones, emails, nameKey, nameTokens };
  if (rawTax) {
    const check = checkTaxId(rawTax, taxCountry ?? null);
    if (check.valid && check.normalized) {
      keys.taxId = check.kind === 'EU_VAT' && check.country === 'PL' ? check.normalized.slice(2) : check.normalized;
    }
  }
  return keys;
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}
