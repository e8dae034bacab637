import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { ClientFilterInput, ClientOrderInput, ClientSortField, SortDirection } from '../../gql/graphql';

/**
 * The list's search, filters, sort and page live in the URL, so back/forward, reload and shared links show the
 * same list. The stack of earlier page cursors (keyset paging only goes forward) rides in the history entry's
 * state, so "previous page" survives back/forward and reload too.
 */
export const SORTS = ['NAME_ASC', 'NAME_DESC', 'NUMBER_ASC', 'NUMBER_DESC', 'CREATED_AT_DESC', 'CREATED_AT_ASC', 'UPDATED_AT_DESC'] as const;
export type SortKey = (typeof SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;

export type ListParams = {
  q: string;
  status: 'ACTIVE' | 'INACTIVE' | 'ALL';
  kind: '' | 'PERSON' | 'COMPANY';
  groups: string[];
  tags: string[];
  sources: string[];
  staff: string[];
  consents: string[];
  supplier: boolean;
  conflict: boolean;
  deleted: boolean;
  sort: SortKey;
  size: number;
  after: string | null;
};

const FILTER_KEYS = ['status', 'kind', 'group', 'tag', 'source', 'staff', 'consent', 'supplier', 'conflict', 'deleted'] as const;

function list(p: URLSearchParams, key: string): string[] {
  return (p.get(key) ?? '').split(',').filter(Boolean);
}

export function readListParams(p: URLSearchParams): ListParams {
  const status = p.get('status');
  const kind = p.get('kind');
  const sort = p.get('sort') as SortKey | null;
  const size = Number(p.get('size'));
  return {
    q: p.get('q') ?? '',
    status: status === 'INACTIVE' || status === 'ALL' ? status : 'ACTIVE',
    kind: kind === 'PERSON' || kind === 'COMPANY' ? kind : '',
    groups: list(p, 'group'),
    tags: list(p, 'tag'),
    sources: list(p, 'source'),
    staff: list(p, 'staff'),
    consents: list(p, 'consent'),
    supplier: p.get('supplier') === '1',
    conflict: p.get('conflict') === '1',
    deleted: p.get('deleted') === '1',
    sort: sort && (SORTS as readonly string[]).includes(sort) ? sort : 'NAME_ASC',
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 25,
    after: p.get('after'),
  };
}

export function toQueryVariables(params: ListParams) {
  const filter: ClientFilterInput = { status: params.status };
  if (params.kind) filter.kind = params.kind;
  if (params.groups.length) filter.groupIds = params.groups;
  if (params.tags.length) filter.tagIds = params.tags;
  if (params.sources.length) filter.sourceIds = params.sources;
  if (params.staff.length) filter.assignedStaffIds = params.staff;
  if (params.consents.length) filter.hasConsents = params.consents;
  if (params.supplier) filter.isSupplier = true;
  if (params.conflict) filter.isConflict = true;
  if (params.deleted) filter.deleted = true;
  const [field, direction] = splitSort(params.sort);
  const orderBy: ClientOrderInput = { field, direction };
  return { search: params.q.trim() || null, filter, orderBy, first: params.size, after: params.after };
}

function splitSort(sort: SortKey): [ClientSortField, SortDirection] {
  const direction = sort.endsWith('_DESC') ? 'DESC' : 'ASC';
  return [sort.replace(/_(ASC|DESC)$/, '') as ClientSortField, direction];
}

/** What a filter or search change sets: every parameter but the cursor (a change starts from page one). */
type Patch = Partial<Omit<ListParams, 'after'>>;

const URL_KEY: Record<keyof Patch, string> = {
  q: 'q', status: 'status', kind: 'kind', groups: 'group', tags: 'tag', sources: 'source', staff: 'staff',
  consents: 'consent', supplier: 'supplier', conflict: 'conflict', deleted: 'deleted', sort: 'sort', size: 'size',
};

export function useClientListParams() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const params = useMemo(() => readListParams(searchParams), [searchParams]);
  const cursorStack = ((location.state as { cursors?: (string | null)[] } | null)?.cursors ?? []) as (string | null)[];

  /** Any change of search, filter or sort starts again from the first page. */
  const update = useCallback(
    (patch: Patch, opts: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(searchParams);
      for (const [key, value] of Object.entries(patch) as [keyof Patch, unknown][]) {
        const urlKey = URL_KEY[key];
        const empty = value === '' || value === false || (Array.isArray(value) && value.length === 0) ||
          (key === 'status' && value === 'ACTIVE') || (key === 'sort' && value === 'NAME_ASC') || (key === 'size' && value === 25);
        if (empty) next.delete(urlKey);
        else next.set(urlKey, Array.isArray(value) ? value.join(',') : value === true ? '1' : String(value));
      }
      next.delete('after');
      void navigate({ search: next.toString() }, { replace: opts.replace });
    },
    [searchParams, navigate],
  );

  const goNext = useCallback(
    (endCursor: string) => {
      const next = new URLSearchParams(searchParams);
      next.set('after', endCursor);
      void navigate({ search: next.toString() }, { state: { cursors: [...cursorStack, params.after] } });
    },
    [searchParams, navigate, cursorStack, params.after],
  );

  const goPrevious = useCallback(() => {
    const next = new URLSearchParams(searchParams);
    const previous = cursorStack[cursorStack.length - 1] ?? null;
    if (previous) next.set('after', previous);
    else next.delete('after');
    void navigate({ search: next.toString() }, { state: { cursors: cursorStack.slice(0, -1) } });
  }, [searchParams, navigate, cursorStack]);

  const clearFilters = useCallback(() => {
    const next = new URLSearchParams(searchParams);
    for (const key of FILTER_KEYS) next.delete(key);
    next.delete('after');
    void navigate({ search: next.toString() });
  }, [searchParams, navigate]);

  const activeFilterCount =
    (params.status !== 'ACTIVE' ? 1 : 0) + (params.kind ? 1 : 0) + params.groups.length + params.tags.length +
    params.sources.length + params.staff.length + params.consents.length + (params.supplier ? 1 : 0) +
    (params.conflict ? 1 : 0) + (params.deleted ? 1 : 0);

  return { params, update, goNext, goPrevious, clearFilters, page: cursorStack.length + 1, hasPrevious: !!params.after, activeFilterCount };
}
