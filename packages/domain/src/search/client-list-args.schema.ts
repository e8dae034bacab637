import { z } from 'zod';
import { idSchema } from '../common/text-fields';
import { BOOKING_MODES } from '../client/booking-restriction.schema';
import { clientKindSchema } from '../client/client-kind';
import { consentPurposeKeySchema } from '../consent/purposes';
import { dayMonthSchema } from '../dates/partial-date';
import { addFieldIssue } from '../parse-with';

/**
 * Arguments of the client list (F5.2 filters, F5.3 sort and cursor pages). GraphQL sends null for fields left
 * out; the parsed filter drops them, so `{ status: 'ACTIVE', ...filter }` keeps its default. Lists of ids match
 * ANY of the ids; `hasConsents` requires ALL purposes to be granted now. Birthday ranges may wrap the new year
 * (1 Dec → 15 Jan).
 */

export const CLIENT_SORT_FIELDS = ['NAME', 'NUMBER', 'CREATED_AT', 'UPDATED_AT'] as const;
export type ClientSortField = (typeof CLIENT_SORT_FIELDS)[number];
export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export const CLIENT_STATUS_FILTERS = ['ACTIVE', 'INACTIVE', 'ALL'] as const;
export const CLIENT_PAGE_SIZE_DEFAULT = 20;
export const CLIENT_PAGE_SIZE_MAX = 100;

const ids = z.array(idSchema).max(200).nullish();
const instant = z
  .union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((v) => (v instanceof Date ? v : new Date(v)))
  .nullish();

type WithoutNullish<T> = { [K in keyof T]?: Exclude<T[K], null | undefined> };

function withoutNullish<T extends Record<string, unknown>>(o: T): WithoutNullish<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out as WithoutNullish<T>;
}

export const clientListFilterSchema = z
  .object({
    status: z.enum(CLIENT_STATUS_FILTERS).nullish(),
    deleted: z.boolean().nullish(),
    kind: clientKindSchema.nullish(),
    groupIds: ids,
    tagIds: ids,
    sourceIds: ids,
    assignedStaffIds: ids,
    isSupplier: z.boolean().nullish(),
    isConflict: z.boolean().nullish(),
    bookingModes: z.array(z.enum(BOOKING_MODES)).nullish(),
    hasConsents: z.array(consentPurposeKeySchema).max(20).nullish(),
    birthdayFrom: dayMonthSchema.nullish(),
    birthdayTo: dayMonthSchema.nullish(),
    createdFrom: instant,
    createdTo: instant,
    customFields: z.array(z.object({ fieldId: z.guid(), value: z.unknown() })).max(20).nullish(),
  })
  .superRefine((f, ctx) => {
    if (f.createdFrom instanceof Date && f.createdTo instanceof Date && f.createdFrom > f.createdTo) {
      addFieldIssue(ctx, 'OUT_OF_RANGE', 'createdTo is before createdFrom', ['createdTo']);
    }
  })
  .transform(withoutNullish);
export type ClientListFilter = z.output<typeof clientListFilterSchema>;

export const clientListArgsSchema = z.object({
  search: z
    .string()
    .max(200)
    .nullish()
    .transform((v) => v?.trim() || null),
  filter: clientListFilterSchema.nullish().transform((v) => v ?? {}),
  orderBy: z
    .object({
      field: z.enum(CLIENT_SORT_FIELDS).nullish().transform((v) => v ?? 'NAME'),
      direction: z.enum(SORT_DIRECTIONS).nullish().transform((v) => v ?? 'ASC'),
    })
    .nullish()
    .transform((v) => v ?? { field: 'NAME' as const, direction: 'ASC' as const }),
  first: z.number().int().min(1).max(CLIENT_PAGE_SIZE_MAX).nullish().transform((v) => v ?? CLIENT_PAGE_SIZE_DEFAULT),
  after: z
    .string()
    .max(1000)
    .nullish()
    .transform((v) => v || null),
});
export type ClientListArgs = z.input<typeof clientListArgsSchema>;
export type ParsedClientListArgs = z.output<typeof clientListArgsSchema>;

/**
 * A list's count up to a bound (`boundedCount(atMost)`): what a search box shows ("1 234 klientów", "ponad
 * 1 000 klientów") without the cost of counting every match of a dense search on a million clients.
 */
export const BOUNDED_COUNT_DEFAULT = 1000;
export const BOUNDED_COUNT_MAX = 10_000;
export const boundedCountArgsSchema = z.object({
  atMost: z.number().int().min(1).max(BOUNDED_COUNT_MAX).nullish().transform((v) => v ?? BOUNDED_COUNT_DEFAULT),
});
