import { z } from 'zod';
import { collapseSpaces, countryCodeSchema, nullableText } from '../common/text-fields';
import { isCountryCode } from '../contact/countries';
import { normalizeEmail } from '../contact/email';
import { normalizePostalCode } from '../contact/postal-code';
import { addFieldIssue } from '../parse-with';
import { normalizeVatCountry, splitVatPrefix, validateEuVat } from './eu-vat';
import { validateNip } from './nip';

/**
 * Invoice data ("Dane do faktury", F2.1). The form has a prefix and a number field; either may carry the country
 * ("PL5260250274" in the number, or prefix PL + "526-025-02-74"). Output is normalised, `taxIdCountry` being the
 * VAT country (PL, EL for Greece, XI) and `taxId`:
 * - Poland: the NIP, digits only ("5260250274"), as Polish invoices and the GUS / white-list registries use it;
 * - other EU countries: the VAT number WITH its prefix ("DE136695976", "ATU13585627"), as VIES and invoices use it;
 * - outside the EU: as typed (trimmed, upper case): there are no rules we can check.
 * So a stored `taxId` is searchable as is, and `formatInvoiceTaxId` gives the printed form.
 *
 * Required (F2.1): PERSON → name, address; COMPANY → company name, tax id, address. An address is postal code +
 * city + street or building number (Polish villages have no street: "Kłaj 123").
 */

export const INVOICE_KINDS = ['PERSON', 'COMPANY'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

const taxIdCountrySchema = z
  .string()
  .nullable()
  .transform((v) => (v == null ? null : v.trim().toUpperCase() || null))
  .superRefine((v, ctx) => {
    if (v !== null && !normalizeVatCountry(v) && !isCountryCode(v)) {
      addFieldIssue(ctx, 'INVALID_CHOICE', `Unknown tax id country "${v}"`);
    }
  });

const emailSchema = z
  .string()
  .nullable()
  .transform((v, ctx) => {
    if (v == null || !v.trim()) return null;
    const email = normalizeEmail(v);
    if (!email) addFieldIssue(ctx, 'INVALID_EMAIL', 'Invalid e-mail address');
    return email;
  });

const invoiceDataObject = z.object({
  kind: z.enum(INVOICE_KINDS),
  name: nullableText(200).default(null),
  companyName: nullableText(300).default(null),
  taxId: nullableText(40).default(null),
  taxIdCountry: taxIdCountrySchema.default(null),
  street: nullableText(200).default(null),
  building: nullableText(20).default(null),
  apartment: nullableText(20).default(null),
  postalCode: nullableText(12).default(null),
  city: nullableText(100).default(null),
  country: countryCodeSchema.default('PL'),
  email: emailSchema.default(null),
});

export const invoiceDataSchema = invoiceDataObject
  // Runs even when a field already failed, so the form shows every missing field at once; hence the defensive
  // reads: a field that failed its own check arrives here as it was typed, or not at all.
  .superRefine((raw, ctx) => {
    if (!raw || typeof raw !== 'object') return;
    const d = raw as Partial<Record<keyof typeof raw, unknown>>;
    const has = (field: keyof typeof raw) => typeof d[field] === 'string' && (d[field] as string).trim() !== '';
    const required = (field: keyof typeof raw, message: string) => {
      if (!has(field)) addFieldIssue(ctx, 'REQUIRED', message, [field]);
    };
    if (d.kind === 'PERSON') required('name', 'Full name is required for a person');
    if (d.kind === 'COMPANY') {
      required('companyName', 'Company name is required');
      required('taxId', 'Tax id (NIP / VAT number) is required for a company');
    }
    if (!has('street') && !has('building')) addFieldIssue(ctx, 'REQUIRED', 'Street or building number is required', ['street']);
    required('postalCode', 'Postal code is required');
    required('city', 'City is required');

    const country = typeof d.country === 'string' ? d.country : 'PL';
    if (has('postalCode') && !normalizePostalCode(d.postalCode as string, country)) {
      addFieldIssue(ctx, 'INVALID_POSTAL_CODE', `Invalid postal code for ${country}`, ['postalCode']);
    }
    if (has('taxId')) {
      const taxIdCountry = typeof d.taxIdCountry === 'string' ? d.taxIdCountry : null;
      const tax = normalizeInvoiceTaxId(d.taxId as string, taxIdCountry, country);
      if (!tax.ok) addFieldIssue(ctx, tax.code, tax.message, ['taxId']);
    }
  }, { when: () => true })
  // Only reached when everything above passed: normalise.
  .transform((d) => {
    const tax = d.taxId ? normalizeInvoiceTaxId(d.taxId, d.taxIdCountry, d.country) : null;
    return {
      ...d,
      postalCode: d.postalCode ? (normalizePostalCode(d.postalCode, d.country) ?? d.postalCode) : null,
      taxId: tax?.ok ? tax.taxId : null,
      taxIdCountry: tax?.ok ? tax.taxIdCountry : null,
    };
  });

export type InvoiceData = z.output<typeof invoiceDataSchema>;
export type InvoiceDataInput = z.input<typeof invoiceDataSchema>;

type TaxIdOutcome =
  | { ok: true; taxId: string; taxIdCountry: string }
  | { ok: false; code: 'INVALID_NIP' | 'INVALID_VAT_NUMBER' | 'INVALID_TAX_ID'; message: string };

/** Resolves the tax id's country (prefix in the number, the prefix field, then the address) and checks it. */
export function normalizeInvoiceTaxId(taxId: string, taxIdCountry: string | null, addressCountry: string): TaxIdOutcome {
  const { prefix } = splitVatPrefix(taxId);
  const declared = taxIdCountry ? (normalizeVatCountry(taxIdCountry) ?? taxIdCountry.toUpperCase()) : null;
  if (prefix && declared && prefix !== declared) {
    return { ok: false, code: 'INVALID_VAT_NUMBER', message: `Number prefix ${prefix} does not match ${declared}` };
  }
  const country = prefix ?? declared ?? normalizeVatCountry(addressCountry) ?? addressCountry.toUpperCase();

  if (country === 'PL') {
    const nip = validateNip(taxId);
    return nip.valid && nip.normalized
      ? { ok: true, taxId: nip.normalized, taxIdCountry: 'PL' }
      : { ok: false, code: 'INVALID_NIP', message: 'Invalid NIP' };
  }
  if (normalizeVatCountry(country)) {
    const vat = validateEuVat(taxId, country);
    return vat.valid && vat.normalized && vat.country
      ? { ok: true, taxId: vat.normalized, taxIdCountry: vat.country }
      : { ok: false, code: 'INVALID_VAT_NUMBER', message: `Invalid ${country} VAT number` };
  }
  const free = collapseSpaces(taxId.normalize('NFKC')).toUpperCase();
  return /^[A-Z0-9][A-Z0-9 .\-/]{0,39}$/.test(free)
    ? { ok: true, taxId: free, taxIdCountry: country }
    : { ok: false, code: 'INVALID_TAX_ID', message: 'Tax id may contain letters, digits, spaces, dots, dashes and slashes' };
}

/**
 * The tax number as printed on an invoice: the NIP alone for a Polish buyer ("5260250274"), prefix + number for
 * other EU buyers ("ATU13585627"), as typed elsewhere. `withPrefix` gives "PL5260250274" (intra-EU supplies).
 */
export function formatInvoiceTaxId(data: Pick<InvoiceData, 'taxId' | 'taxIdCountry'>, withPrefix = false): string | null {
  if (!data.taxId) return null;
  if (normalizeVatCountry(data.taxIdCountry) === 'PL' && withPrefix && /^\d{10}$/.test(data.taxId)) return `PL${data.taxId}`;
  return data.taxId;
}
