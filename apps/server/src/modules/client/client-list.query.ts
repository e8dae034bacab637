/** What a client list asks for; built by the service from GraphQL arguments, turned into SQL by the repository. */
export type SortField = 'NAME' | 'NUMBER' | 'CREATED_AT' | 'UPDATED_AT';
export type SortDirection = 'ASC' | 'DESC';

export interface ClientFilter {
  status: 'ACTIVE' | 'INACTIVE' | 'ALL';
  deleted?: boolean;
  groupIds?: string[];
  tagIds?: string[];
  sourceIds?: string[];
  assignedStaffIds?: string[];
  isSupplier?: boolean;
  isConflict?: boolean;
  kind?: 'PERSON' | 'COMPANY';
  bookingModes?: ('ALLOW' | 'REQUIRE_APPROVAL' | 'BLOCKED')[];
  hasConsents?: string[];
  birthdayFrom?: { day: number; month: number };
  birthdayTo?: { day: number; month: number };
  createdFrom?: Date;
  createdTo?: Date;
  customFields?: { fieldId: string; value: unknown }[];
}

/**
 * How a name prefix's first-name branch reads (the probe decides, client-list.repository.ts):
 * - WORDS: the distinct first names that start with a one-word prefix ("ole" → oleh, olena, …; none: no branch),
 *   each read in surname order off ix_clients_first_word;
 * - COLLECT: a prefix with a space ("anna k") matched by fewer than FIRST_NAME_DENSE first names: its range of
 *   ix_clients_name_fl, collected and sorted;
 * - WALK: the list walked in surname order, checking each first name: for prefixes that start too many first
 *   names to read one by one ("a", "ma") or too many clients to collect ("anna k" on a million), where the 21st
 *   match comes early.
 */
export type FirstNameMatch = { kind: 'WORDS'; words: string[] } | { kind: 'COLLECT' } | { kind: 'WALK' };

/** How a search string is matched, chosen by probing the cheapest index first (see client-search.planner). */
export type SearchPlan =
  | { kind: 'NONE' }
  | { kind: 'NAME_PREFIX'; prefix: string; tagKey: string; firstNames: FirstNameMatch }
  | { kind: 'NAME_TERMS'; terms: string[]; rest: string }
  | { kind: 'TEXT_SUBSTRING'; text: string }
  /** The digits with their country code: "+48 600", "0044 7911", or a foreign number typed without + ("44 7911"). */
  | { kind: 'PHONE_PREFIX'; digits: string }
  /** The digits at the start or in the middle of the national number ("600 1", "328 06"). */
  | { kind: 'PHONE_SUBSTRING'; digits: string }
  | { kind: 'PHONE_SUFFIX'; digits: string }
  | { kind: 'EMAIL_PREFIX'; text: string }
  | { kind: 'EMAIL_SUBSTRING'; text: string }
  | { kind: 'NUMBER'; number: string; digits: string | null }
  | { kind: 'TAX_ID'; taxId: string }
  | { kind: 'EMPTY_RESULT' };

export interface ListCursor {
  value: string;
  id: string;
}

export interface ClientListQuery {
  tenantId: string;
  plan: SearchPlan;
  filter: ClientFilter;
  sort: { field: SortField; direction: SortDirection };
  first: number;
  after: ListCursor | null;
  /** Only these row columns (requested by the query's fields); null: all. */
  columns?: readonly string[] | null;
}
