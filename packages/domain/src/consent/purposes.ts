import { z } from 'zod';
import { requiredText } from '../common/text-fields';
import { normalizeForSearch } from '../contact/search-normalize';
import { addFieldIssue } from '../parse-with';

/**
 * Consent purposes (F4.1). Built-in purposes ship with Polish and English wording, version 1; tenants may edit the
 * wording (each edit is a new version, so every record says which text the client agreed to) and add their own
 * purposes. `{administrator}` is replaced by the business's name when the wording is shown or recorded.
 */

export type MarketingChannel = 'EMAIL' | 'SMS' | 'PHONE';

export type ConsentPurposeDefinition = {
  key: string;
  version: number;
  builtIn: boolean;
  /** Short name for lists and checkboxes' headings. */
  name: { pl: string; en: string };
  wording: { pl: string; en: string };
  /** Marketing purposes gate the matching channel in mailing lists and exports (F4.4). */
  marketingChannel?: MarketingChannel;
};

// Art. 7(3) GDPR: the data subject must be told, before consenting, that consent can be withdrawn at any time.
const WITHDRAW_PL =
  ' Zgodę mogę wycofać w dowolnym momencie, co nie wpływa na zgodność z prawem przetwarzania, którego dokonano przed jej wycofaniem.';
const WITHDRAW_EN =
  ' I may withdraw this consent at any time; withdrawal does not affect the lawfulness of processing carried out before it.';

const purpose = (
  key: string,
  name: { pl: string; en: string },
  pl: string,
  en: string,
  marketingChannel?: MarketingChannel,
): ConsentPurposeDefinition => ({
  key,
  version: 1,
  builtIn: true,
  name,
  wording: { pl: pl + WITHDRAW_PL, en: en + WITHDRAW_EN },
  ...(marketingChannel ? { marketingChannel } : {}),
});

export const BUILT_IN_CONSENT_PURPOSES: readonly ConsentPurposeDefinition[] = [
  purpose(
    'DATA_PROCESSING',
    { pl: 'Przetwarzanie danych osobowych', en: 'Processing of personal data' },
    'Wyrażam zgodę na przetwarzanie moich danych osobowych przez {administrator} w celu prowadzenia mojej karty klienta, umawiania i obsługi wizyt oraz kontaktu w sprawach związanych z realizacją usług.',
    'I consent to {administrator} processing my personal data to keep my client record, book and handle my appointments and contact me about the services provided.',
  ),
  purpose(
    'MARKETING_EMAIL',
    { pl: 'Informacje handlowe e-mailem', en: 'Marketing by e-mail' },
    'Wyrażam zgodę na otrzymywanie od {administrator} informacji handlowych, w tym ofert, promocji i newslettera, drogą elektroniczną na podany przeze mnie adres e-mail.',
    'I consent to receiving marketing information from {administrator}, including offers, promotions and newsletters, by e-mail at the address I provided.',
    'EMAIL',
  ),
  purpose(
    'MARKETING_SMS',
    { pl: 'Informacje handlowe SMS-em', en: 'Marketing by text message' },
    'Wyrażam zgodę na otrzymywanie od {administrator} informacji handlowych, w tym ofert i promocji, w wiadomościach SMS i MMS na podany przeze mnie numer telefonu.',
    'I consent to receiving marketing information from {administrator}, including offers and promotions, by SMS and MMS at the phone number I provided.',
    'SMS',
  ),
  purpose(
    'MARKETING_PHONE',
    { pl: 'Kontakt telefoniczny w celach marketingowych', en: 'Marketing phone calls' },
    'Wyrażam zgodę na kontakt telefoniczny ze strony {administrator} w celu przedstawienia ofert i promocji na podany przeze mnie numer telefonu.',
    'I consent to {administrator} calling me at the phone number I provided to present offers and promotions.',
    'PHONE',
  ),
  purpose(
    'THIRD_PARTY_MARKETING',
    { pl: 'Przekazanie danych partnerom w celach marketingowych', en: 'Sharing data with partners for marketing' },
    'Wyrażam zgodę na przekazanie przez {administrator} moich danych osobowych (imienia, nazwiska i danych kontaktowych) współpracującym podmiotom w celu przesyłania mi przez nie informacji marketingowych.',
    'I consent to {administrator} sharing my personal data (name and contact details) with partner businesses so that they can send me marketing information.',
  ),
  purpose(
    'NOTIFICATIONS',
    { pl: 'Powiadomienia o wizytach', en: 'Appointment notifications' },
    'Wyrażam zgodę na otrzymywanie od {administrator} powiadomień dotyczących moich wizyt, w tym potwierdzeń, przypomnień o terminach i informacji o zmianach, na podany adres e-mail i numer telefonu.',
    'I consent to receiving notifications about my appointments from {administrator}, including confirmations, reminders and changes, at the e-mail address and phone number I provided.',
  ),
  purpose(
    'PHOTO_USE',
    { pl: 'Wykorzystanie wizerunku', en: 'Use of photos' },
    'Wyrażam zgodę na nieodpłatne utrwalenie i wykorzystanie przez {administrator} mojego wizerunku na zdjęciach przedstawiających efekty wykonanej usługi, w celu ich publikacji na stronie internetowej i w mediach społecznościowych {administrator}.',
    'I consent to {administrator} taking and using, free of charge, photos showing me and the result of the service, to publish them on the website and social media of {administrator}.',
  ),
];

export const BUILT_IN_CONSENT_PURPOSE_KEYS = BUILT_IN_CONSENT_PURPOSES.map((p) => p.key);

export function builtInConsentPurpose(key: string): ConsentPurposeDefinition | undefined {
  return BUILT_IN_CONSENT_PURPOSES.find((p) => p.key === key);
}

/** The exact text shown to the client and stored with each record. */
export function renderConsentWording(wording: string, vars: { businessName: string }): string {
  return wording.replace(/\{administrator\}/g, vars.businessName);
}

/** Upper snake case, like the built-ins: 'LOYALTY_PROGRAM'. */
export const consentPurposeKeySchema = z
  .string()
  .transform((v) => v.trim())
  .superRefine((v, ctx) => {
    if (!/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(v) || v.length > 64) {
      addFieldIssue(ctx, 'INVALID_FORMAT', 'Purpose key must be UPPER_SNAKE_CASE, at most 64 characters');
    }
  });

/** "Program lojalnościowy" → "PROGRAM_LOJALNOSCIOWY": the key of a purpose created without one. */
export function consentPurposeKeyFromName(name: string): string {
  const key = normalizeForSearch(name).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 64);
  if (!key) return 'CUSTOM_PURPOSE';
  return /^[A-Z]/.test(key) ? key : `P_${key}`.slice(0, 64);
}

/**
 * A tenant-defined purpose, or an edit of any purpose's name and wording (F10.2), in the tenant's language.
 * The key is fixed once created; without one it is made from the name. Creating a purpose with a built-in key
 * is a DUPLICATE (the service checks the tenant's own keys).
 */
export const consentPurposeInputSchema = z
  .object({
    key: consentPurposeKeySchema.nullish(),
    name: requiredText(120),
    wording: z.string().transform((v) => v.trim()).pipe(z.string().min(1).max(5000)),
    isArchived: z.boolean().nullish(),
    marketingChannel: z.enum(['EMAIL', 'SMS', 'PHONE']).nullish(),
  })
  .transform((v) => ({
    ...v,
    key: v.key ?? consentPurposeKeyFromName(v.name),
    isArchived: v.isArchived ?? undefined,
    marketingChannel: v.marketingChannel ?? null,
  }));
export type ConsentPurposeInput = z.input<typeof consentPurposeInputSchema>;
export type ConsentPurposeData = z.output<typeof consentPurposeInputSchema>;

/** For creating: a tenant's own purpose must not take a built-in key. */
export function isBuiltInConsentPurposeKey(key: string): boolean {
  return BUILT_IN_CONSENT_PURPOSE_KEYS.includes(key);
}

/** Editing the wording makes a new version; saving the same text again does not. */
export function nextWordingVersion(currentVersion: number, currentWording: string, newWording: string): number {
  return currentWording.trim() === newWording.trim() ? currentVersion : currentVersion + 1;
}
