import { z } from 'zod';
import { requiredText } from '../common/text-fields';
import { FieldIssue, FieldIssueCode } from '../errors';
import { normalizeForSearch } from '../contact/search-normalize';
import { isValidIsoDate, parsePartialDate, partialDateToIso } from '../dates/partial-date';
import { addFieldIssue } from '../parse-with';
import type { ClientKind } from './client-kind';

/**
 * Custom fields ("dane zdefiniowane", F1.10): the tenant defines them, the card stores `{ fieldId, value }` pairs.
 * Definitions are validated with `customFieldDefinitionSchema`; values with `validateCustomFieldValues`, which the
 * server runs with the tenant's definitions and the admin runs in the form.
 */

export const CUSTOM_FIELD_TYPES = ['TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'SINGLE_CHOICE', 'MULTI_CHOICE'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
export const CUSTOM_FIELD_APPLIES_TO = ['PERSON', 'COMPANY', 'ALL'] as const;
export type CustomFieldAppliesTo = (typeof CUSTOM_FIELD_APPLIES_TO)[number];

export const CUSTOM_FIELD_TEXT_MAX_LENGTH = 1000;
const isChoice = (type: unknown) => type === 'SINGLE_CHOICE' || type === 'MULTI_CHOICE';

export const customFieldDefinitionSchema = z
  .object({
    /** Optional stable key for import/export columns and the API ("allergies"). */
    key: z
      .string()
      .nullish()
      .transform((v) => (v == null || !v.trim() ? null : v.trim()))
      .pipe(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/).nullable()),
    label: requiredText(100),
    type: z.enum(CUSTOM_FIELD_TYPES),
    options: z.array(requiredText(100)).max(100).default([]),
    required: z.boolean().default(false),
    appliesTo: z.enum(CUSTOM_FIELD_APPLIES_TO).default('ALL'),
  })
  .superRefine(
    (raw, ctx) => {
      if (!raw || typeof raw !== 'object') return;
      const d = raw as Partial<Record<string, unknown>>;
      if (!isChoice(d.type) || !Array.isArray(d.options)) return;
      if (d.options.length === 0) addFieldIssue(ctx, 'REQUIRED', 'A choice field needs options', ['options']);
      const seen = new Set<string>();
      d.options.forEach((o, i) => {
        if (typeof o !== 'string') return;
        const k = o.trim().toLowerCase();
        if (seen.has(k)) addFieldIssue(ctx, 'DUPLICATE', `Option "${o}" is repeated`, ['options', i]);
        seen.add(k);
      });
    },
    { when: () => true },
  )
  // Options left over after switching a field from a choice to another type mean nothing: drop them.
  // Without a key, one is made from the label ("Typ włosów" → "typ_wlosow") for import/export columns.
  .transform((d) => ({ ...d, key: d.key ?? customFieldKeyFromLabel(d.label), options: isChoice(d.type) ? d.options : [] }));

/** "Typ włosów" → "typ_wlosow"; "1. Alergie" → "f_1_alergie" (keys start with a letter). */
export function customFieldKeyFromLabel(label: string): string {
  const slug = normalizeForSearch(label).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60);
  if (!slug) return 'field';
  return /^[a-z]/.test(slug) ? slug : `f_${slug}`;
}

export type CustomFieldDefinitionInput = z.input<typeof customFieldDefinitionSchema>;
export type CustomFieldDefinitionData = z.output<typeof customFieldDefinitionSchema>;
/** A stored definition, as the server loads it (only what validation needs). */
export type CustomFieldDefinition = {
  id: string;
  key?: string | null;
  label: string;
  type: CustomFieldType;
  options?: readonly string[] | null;
  required: boolean;
  appliesTo?: CustomFieldAppliesTo | null;
};
export type CustomFieldValue = { fieldId: string; value: unknown };
export type NormalizedCustomFieldValue = { fieldId: string; value: string | number | boolean | string[] };

/** `values` holds the valid, normalised values even when `issues` is not empty (ok is false then). */
export type CustomFieldValidation = { ok: boolean; values: NormalizedCustomFieldValue[]; issues: FieldIssue[] };

/**
 * Checks and normalises a card's custom field values. Paths: `['customFields', i, 'value']` for a bad value,
 * `['customFields', i, 'fieldId']` for an unknown or repeated field, and `['customFields']` with
 * `params.fieldId` for a required field that has no value (it has no index: the client never sent it).
 * Empty values (null, "", []) are dropped, not stored. Fields that do not apply to the client's kind must be empty.
 */
export function validateCustomFieldValues(
  definitions: readonly CustomFieldDefinition[],
  values: readonly CustomFieldValue[],
  kind: ClientKind,
): CustomFieldValidation {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const issues: FieldIssue[] = [];
  const out: NormalizedCustomFieldValue[] = [];
  const filled = new Set<string>();
  const seen = new Set<string>();
  const rejected = new Set<string>(); // has an issue already: no second "required" for the same field

  values.forEach(({ fieldId, value }, i) => {
    const def = byId.get(fieldId);
    if (!def) {
      issues.push({ path: ['customFields', i, 'fieldId'], code: 'UNKNOWN_FIELD', message: `Unknown custom field ${fieldId}` });
      return;
    }
    if (seen.has(fieldId)) {
      issues.push({ path: ['customFields', i, 'fieldId'], code: 'DUPLICATE', message: `Custom field ${fieldId} given twice` });
      return;
    }
    seen.add(fieldId);
    if (isEmpty(value)) return;
    if (!applies(def, kind)) {
      rejected.add(fieldId);
      issues.push({ path: ['customFields', i, 'value'], code: 'NOT_ALLOWED', message: `"${def.label}" does not apply to ${kind}` });
      return;
    }
    const result = normalizeValue(def, value);
    if ('code' in result) {
      rejected.add(fieldId);
      issues.push({ path: ['customFields', i, 'value'], code: result.code, message: `"${def.label}": ${result.message}`, ...(result.params ? { params: result.params } : {}) });
      return;
    }
    if (result.value === null) return;
    filled.add(fieldId);
    out.push({ fieldId, value: result.value });
  });

  for (const def of definitions) {
    if (def.required && applies(def, kind) && !filled.has(def.id) && !rejected.has(def.id)) {
      issues.push({ path: ['customFields'], code: 'REQUIRED', message: `"${def.label}" is required`, params: { fieldId: def.id } });
    }
  }
  return { ok: issues.length === 0, values: out, issues };
}

function applies(def: CustomFieldDefinition, kind: ClientKind): boolean {
  return !def.appliesTo || def.appliesTo === 'ALL' || def.appliesTo === kind;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);
}

type Normalized = { value: NormalizedCustomFieldValue['value'] | null } | { code: FieldIssueCode; message: string; params?: Record<string, string | number> };

function normalizeValue(def: CustomFieldDefinition, value: unknown): Normalized {
  const options = def.options ?? [];
  switch (def.type) {
    case 'TEXT': {
      if (typeof value !== 'string' && typeof value !== 'number') return { code: 'INVALID_FORMAT', message: 'expected text' };
      const text = String(value).trim();
      if (text.length > CUSTOM_FIELD_TEXT_MAX_LENGTH) return { code: 'TOO_LONG', message: 'text too long', params: { maximum: CUSTOM_FIELD_TEXT_MAX_LENGTH } };
      return { value: text };
    }
    case 'NUMBER': {
      // Imports and Polish users write decimals with a comma and thousands with spaces: "1 234,5".
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/[\s\u00a0]/g, '').replace(',', '.')) : NaN;
      return Number.isFinite(n) ? { value: n } : { code: 'INVALID_FORMAT', message: 'expected a number' };
    }
    case 'DATE': {
      if (typeof value !== 'string') return { code: 'INVALID_DATE', message: 'expected a date' };
      const text = value.trim();
      if (isValidIsoDate(text)) return { value: text };
      const typed = parsePartialDate(text);
      return typed && typed.year != null ? { value: partialDateToIso(typed) } : { code: 'INVALID_DATE', message: 'expected a date (YYYY-MM-DD)' };
    }
    case 'BOOLEAN': {
      if (typeof value === 'boolean') return { value };
      if (value === 'true' || value === 'false') return { value: value === 'true' };
      return { code: 'INVALID_FORMAT', message: 'expected yes or no' };
    }
    case 'SINGLE_CHOICE': {
      const option = typeof value === 'string' ? matchOption(options, value) : undefined;
      return option ? { value: option } : { code: 'INVALID_CHOICE', message: 'not one of the options', params: { options: options.join(', ') } };
    }
    case 'MULTI_CHOICE': {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list)) return { code: 'INVALID_CHOICE', message: 'expected a list of options' };
      const chosen = new Set<string>();
      for (const item of list) {
        const option = typeof item === 'string' ? matchOption(options, item) : undefined;
        if (!option) return { code: 'INVALID_CHOICE', message: `"${String(item)}" is not one of the options`, params: { options: options.join(', ') } };
        chosen.add(option);
      }
      // Stored in the definition's order, so equal selections compare equal.
      return { value: options.filter((o) => chosen.has(o)) };
    }
  }
}

function matchOption(options: readonly string[], value: string): string | undefined {
  const k = value.trim().toLowerCase();
  return options.find((o) => o.toLowerCase() === k);
}
