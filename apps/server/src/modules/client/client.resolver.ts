import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { UUIDScalar } from '../../graphql/common/scalars';
import type { RequestContext } from '../../graphql/context';
import { requireViewer } from '../../graphql/require-viewer';
import { ClientConnectionType, ClientFilterInput, ClientOrderInput, DuplicateProbeInput } from './client.connection';
import { ClientStatusEnum } from './client.enums';
import { CreateClientInput, QuickCreateClientInput, UpdateClientInput } from './client.inputs';
import { mapClient } from './client.mapper';
import { requestedClientColumns } from './client-requested-columns';
import { ClientType, DuplicateCandidateType, TaxIdCheckType } from './client.types';
import { checkTaxId } from '@kartoteka/domain';
import type { DuplicateReasonEnum } from './client.enums';

@Resolver()
export class ClientResolver {
  @Query(() => ClientType, { nullable: true, description: 'One client; deleted clients only with includeDeleted.' })
  async client(
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('includeDeleted', { defaultValue: false }) includeDeleted: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ClientType | null> {
    const client = await ctx.services.clients.get(requireViewer(ctx), id, { includeDeleted });
    return client ? mapClient(client) : null;
  }

  @Query(() => ClientConnectionType, { description: 'Search, filter and page through clients (keyset cursors, at most 100 a page).' })
  async clients(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('filter', () => ClientFilterInput, { nullable: true }) filter?: ClientFilterInput | null,
    @Arg('orderBy', () => ClientOrderInput, { nullable: true }) orderBy?: ClientOrderInput | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ClientConnectionType> {
    const page = await ctx.services.clientQueries.list(requireViewer(ctx), {
      search: search ?? null, filter: filter ?? {}, orderBy: orderBy ?? undefined, first, after: after ?? null,
    }, ctx.reads?.run, info ? requestedClientColumns(info) : null);
    return {
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: mapClient(e.node) })),
      pageInfo: {
        hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null, endCursor: page.edges.at(-1)?.cursor ?? null,
      },
      countTotal: page.totalCount,
      countUpTo: page.boundedCount,
    };
  }

  @Query(() => [DuplicateCandidateType], { description: 'Existing clients that match a card being typed, with the reasons.' })
  async duplicateCandidates(
    @Arg('input') input: DuplicateProbeInput,
    @Arg('limit', () => Int, { defaultValue: 5 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DuplicateCandidateType[]> {
    const found = await ctx.services.clientQueries.duplicateCandidates(requireViewer(ctx), input, limit);
    return found.map((f) => ({ client: mapClient(f.client), score: f.score, reasons: f.reasons as DuplicateReasonEnum[] }));
  }

  @Query(() => TaxIdCheckType, { description: 'Checks a NIP, REGON, PESEL or EU VAT number offline (checksums and formats).' })
  taxIdCheck(@Arg('number') number: string, @Arg('country', () => String, { nullable: true }) country: string | null): TaxIdCheckType {
    const r = checkTaxId(number, country ?? undefined);
    return {
      kind: r.kind, valid: r.valid, normalized: r.normalized ?? null, country: r.country ?? null,
      reason: r.reason ?? null, birthDate: r.details?.birthDate ?? null,
    };
  }

  @Mutation(() => ClientType)
  async createClient(@Arg('input') input: CreateClientInput, @Ctx() ctx: RequestContext): Promise<ClientType> {
    return mapClient(await ctx.services.clients.create(requireViewer(ctx), input as never));
  }

  @Mutation(() => ClientType, { description: 'Name plus phone or e-mail (and consents): the calendar-slot quick add.' })
  async quickCreateClient(@Arg('input') input: QuickCreateClientInput, @Ctx() ctx: RequestContext): Promise<ClientType> {
    return mapClient(await ctx.services.clients.quickCreate(requireViewer(ctx), input as never));
  }

  @Mutation(() => ClientType, { description: 'Saves changes to the version that was read (VERSION_CONFLICT if it is stale).' })
  async updateClient(@Arg('input') input: UpdateClientInput, @Ctx() ctx: RequestContext): Promise<ClientType> {
    return mapClient(await ctx.services.clients.update(requireViewer(ctx), input as never));
  }

  @Mutation(() => [ClientType], { description: 'Sets one or many clients (up to 500) active or inactive.' })
  async setClientStatus(
    @Arg('ids', () => [UUIDScalar]) ids: string[],
    @Arg('status', () => ClientStatusEnum) status: ClientStatusEnum,
    @Ctx() ctx: RequestContext,
  ): Promise<ClientType[]> {
    return (await ctx.services.clients.setStatus(requireViewer(ctx), ids, status === ClientStatusEnum.ACTIVE)).map(mapClient);
  }

  @Mutation(() => ClientType, { description: 'Moves a client to the bin (soft delete); restoreClient brings it back.' })
  async deleteClient(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext): Promise<ClientType> {
    return mapClient(await ctx.services.clients.delete(requireViewer(ctx), id));
  }

  @Mutation(() => ClientType)
  async restoreClient(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext): Promise<ClientType> {
    return mapClient(await ctx.services.clients.restore(requireViewer(ctx), id));
  }
}
