import { z } from 'zod';
import { countryCodeSchema, idSchema, nullableText } from '../common/text-fields';
import { normalizePostalCode } from '../contact/postal-code';
import { addFieldIssue } from '../parse-with';

/** F1.5: residence, correspondence, registration ("zameldowania") and work addresses. */
export const ADDRESS_KINDS = ['RESIDENCE', 'CORRESPONDENCE', 'REGISTRATION', 'WORK'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

export const addressInputSchema = z
  .object({
    id: idSchema.optional(),
    kind: z.enum(ADDRESS_KINDS),
    street: nullableText(200).default(null),
    building: nullableText(20).default(null),
    apartment: nullableText(20).default(null),
    postalCode: nullableText(12).default(null),
    city: nullableText(100).default(null),
    country: countryCodeSchema.default('PL'),
  })
  .superRefine(
    (raw, ctx) => {
      if (!raw || typeof raw !== 'object') return;
      const a = raw as Partial<Record<string, unknown>>;
      const has = (k: string) => typeof a[k] === 'string' && (a[k] as string).trim() !== '';
      // An address row with nothing in it is a form left open by mistake; say so rather than store it.
      if (!has('street') && !has('building') && !has('postalCode') && !has('city')) {
        addFieldIssue(ctx, 'REQUIRED', 'An address needs at least a city, street or postal code', ['city']);
      }
      const country = typeof a.country === 'string' ? a.country : 'PL';
      if (has('postalCode') && !normalizePostalCode(a.postalCode as string, country)) {
        addFieldIssue(ctx, 'INVALID_POSTAL_CODE', `Invalid postal code for ${country}`, ['postalCode']);
      }
    },
    { when: () => true },
  )
  .transform((a) => ({ ...a, postalCode: a.postalCode ? (normalizePostalCode(a.postalCode, a.country) ?? a.postalCode) : null }));

export type AddressInput = z.input<typeof addressInputSchema>;
export type ClientAddress = z.output<typeof addressInputSchema>;

type AddressLike = {
  street?: string | null;
  building?: string | null;
  postalCode?: string | null;
  city?: string | null;
  country?: string | null;
};

const countryNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
})();

/**
 * The "show on map" link (F1.5): an OpenStreetMap search, which needs no API key and works for any country.
 * The apartment is left out (maps do not know flats); the country is spelled out, as the geocoder expects.
 */
export function mapUrl(address: AddressLike): string {
  const streetLine = [address.street, address.building].map((s) => s?.trim()).filter(Boolean).join(' ');
  const cityLine = [address.postalCode, address.city].map((s) => s?.trim()).filter(Boolean).join(' ');
  const code = (address.country ?? 'PL').toUpperCase();
  let country = code;
  try {
    country = countryNames?.of(code) ?? code;
  } catch {
    country = code;
  }
  const query = [streetLine, cityLine, country].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
