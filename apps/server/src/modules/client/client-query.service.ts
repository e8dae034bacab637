import { assertActorCan, boundedCountArgsSchema, DomainError, dedupeKeys, parseWith, scoreDuplicate, clientListArgsSchema, type ClientListArgs } from '@kartoteka/domain';
import type { DataSource } from 'typeorm';
import { readerPerCall, type TenantReader } from '../../db/request-reads';
import { inTenant } from '../../db/tenant-scope';
import type { Viewer } from '../../graphql/context';
import { encodeCursor, decodeCursor } from './client-cursor';
import type { ClientFilter, ClientListQuery } from './client-list.query';
import { clientListRepository as listRepo, type ClientPageRow } from './client-list.repository';
import { planSearch } from './client-search.planner';
import type { ClientEntity } from './client.entity';
import { duplicateRepository } from './duplicate.repository';

export interface ClientPage {
  edges: { cursor: string; node: ClientPageRow }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
  /** Matches counted up to atMost (parsed here: 1-10,000, 1,000 when null), and whether that was all of them. */
  boundedCount: (atMost: number | null | undefined) => Promise<BoundedCount>;
}

export interface BoundedCount {
  value: number;
  exact: boolean;
}

export interface DuplicateCandidate {
  client: ClientEntity;
  score: number;
  reasons: string[];
}

/** Reading many clients: the searchable, filterable, keyset-paginated list and the duplicate finder. */
export class ClientQueryService {
  constructor(private readonly ds: DataSource) {}

  /**
   * `reads`: the request's shared read transaction, when there is one (db/request-reads.ts); `columns`: the row
   * columns the caller will use (client-requested-columns.ts), all when null.
   */
  async list(
    viewer: Viewer, raw: ClientListArgs, reads: TenantReader = readerPerCall(this.ds, viewer), columns: readonly string[] | null = null,
  ): Promise<ClientPage> {
    assertActorCan(viewer, 'client:read');
    const args = parseWith(clientListArgsSchema, raw);
    const sort = { field: args.orderBy.field, direction: args.orderBy.direction };
    const after = decodeCursor(args.after, sort.field, sort.direction);
    const filter: ClientFilter = { status: 'ACTIVE', ...args.filter };
    return reads(async (em) => {
      const plan = await planSearch(em, viewer.tenantId, args.search);
      const query: ClientListQuery = { tenantId: viewer.tenantId, plan, filter, sort, first: args.first, after, columns };
      const rows = await listRepo.findPage(em, query);
      const page = rows.slice(0, args.first);
      let total: Promise<number> | null = null;
      const bounded = new Map<number, Promise<BoundedCount>>();
      return {
        edges: page.map((node) => ({ cursor: encodeCursor(sort.field, sort.direction, node.sortValue, node.id), node })),
        hasNextPage: rows.length > args.first,
        hasPreviousPage: after !== null,
        // counted only when asked for: on a million clients the count costs more than the page
        totalCount: () => (total ??= inTenant(this.ds, viewer, async (em2) => (await listRepo.count(em2, query)).value)),
        boundedCount: (raw) => {
          const { atMost } = parseWith(boundedCountArgsSchema, { atMost: raw });
          const counted = bounded.get(atMost) ?? inTenant(this.ds, viewer, (em2) => listRepo.count(em2, query, atMost));
          bounded.set(atMost, counted);
          return counted;
        },
      };
    });
  }

  /** Existing clients that look like the card being typed (F3.3), best match first, with the reasons. */
  async duplicateCandidates(viewer: Viewer, raw: Parameters<typeof dedupeKeys>[0] & { excludeId?: string | null }, limit = 5): Promise<DuplicateCandidate[]> {
    assertActorCan(viewer, 'client:read');
    if (limit < 1 || limit > 20) throw new DomainError('VALIDATION_FAILED', 'limit must be 1-20', [{ path: ['limit'], code: 'OUT_OF_RANGE', message: 'limit must be between 1 and 20' }]);
    const keys = dedupeKeys(raw);
    if (!keys.phones.length && !keys.emails.length && !keys.nameKey && !keys.taxId) return [];
    return inTenant(this.ds, viewer, async (em) => {
      const found = await duplicateRepository.findCandidates(em, viewer.tenantId, keys, raw.excludeId ?? null);
      return found
        .map(({ client, phones, emails }) => {
          const { score, reasons } = scoreDuplicate(raw, {
            kind: client.kind, firstName: client.firstName, lastName: client.lastName, companyName: client.companyName,
            phones, emails, taxId: client.taxId,
          });
          return { client, score, reasons: [...reasons] as string[] };
        })
        .filter((c) => c.reasons.length > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    });
  }
}
