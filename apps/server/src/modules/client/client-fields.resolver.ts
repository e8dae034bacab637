import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { BOUNDED_COUNT_DEFAULT } from '@kartoteka/domain';
import type { RequestContext } from '../../graphql/context';
import { requireViewer } from '../../graphql/require-viewer';
import { GroupType, SourceType, TagType } from '../classification/classification.types';
import { ConsentStateType } from '../consent/consent.types';
import { BoundedCountType, ClientConnectionType } from './client.connection';
import { mapAddress, mapPhone } from './client.mapper';
import {
  ClientAddressType, ClientEmailType, ClientPhoneType, ClientType, CustomFieldValueType, IdentityDocumentsType, StaffRefType,
} from './client.types';
import type { ClientLoaders } from './client.loaders';

function loaders(ctx: RequestContext): ClientLoaders {
  requireViewer(ctx);
  return ctx.loaders!;
}

/** The related parts of a card, batched per request so a page of clients costs a fixed number of queries. */
@Resolver(() => ClientType)
export class ClientFieldsResolver {
  @FieldResolver(() => [ClientPhoneType])
  async phones(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return (await loaders(ctx).phones.load(c.id)).map(mapPhone);
  }

  @FieldResolver(() => [ClientEmailType])
  emails(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return loaders(ctx).emails.load(c.id);
  }

  @FieldResolver(() => [ClientAddressType])
  async addresses(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return (await loaders(ctx).addresses.load(c.id)).map(mapAddress);
  }

  @FieldResolver(() => [GroupType])
  groups(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return loaders(ctx).groups.load(c.id);
  }

  @FieldResolver(() => [TagType])
  tags(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return loaders(ctx).tags.load(c.id);
  }

  @FieldResolver(() => SourceType, { nullable: true })
  source(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return c.sourceId ? loaders(ctx).sources.load(c.sourceId) : null;
  }

  @FieldResolver(() => StaffRefType, { nullable: true, description: 'Preferred or responsible staff member (informational).' })
  assignedStaff(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return c.assignedStaffId ? loaders(ctx).staff.load(c.assignedStaffId) : null;
  }

  @FieldResolver(() => StaffRefType, { nullable: true, description: 'Null when created by a partner app or an import.' })
  createdBy(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return c.createdById ? loaders(ctx).staff.load(c.createdById) : null;
  }

  @FieldResolver(() => StaffRefType, { nullable: true })
  updatedBy(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return c.updatedById ? loaders(ctx).staff.load(c.updatedById) : null;
  }

  @FieldResolver(() => [CustomFieldValueType])
  async customFields(@Root() c: ClientType, @Ctx() ctx: RequestContext): Promise<CustomFieldValueType[]> {
    const defs = await loaders(ctx).customFieldDefinitions.load('all');
    return defs
      .filter((d) => c.customFieldValues[d.id] !== undefined)
      .map((d) => ({ fieldId: d.id, key: d.key, label: d.label, value: c.customFieldValues[d.id] }));
  }

  @FieldResolver(() => [ConsentStateType], { description: 'Current state per purpose, derived from the ledger.' })
  consents(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    return loaders(ctx).consents.load(c.id);
  }

  @FieldResolver(() => IdentityDocumentsType, {
    nullable: true,
    description: 'Owners and admins only (FORBIDDEN otherwise); every read is logged.',
  })
  async identityDocuments(@Root() c: ClientType, @Ctx() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const entity = await ctx.services.clients.get(viewer, c.id, { includeDeleted: true });
    return entity ? ctx.services.clients.readIdentityDocuments(viewer, entity) : null;
  }
}

@Resolver(() => ClientConnectionType)
export class ClientConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many clients match the search and filters (counted only when asked).' })
  totalCount(@Root() connection: ClientConnectionType): Promise<number> {
    return connection.countTotal();
  }

  @FieldResolver(() => BoundedCountType, {
    description: 'How many clients match, counted up to `atMost` (1-10,000; 1,000 by default), and whether that is all of them: '
      + 'what a search box shows ("1 234 clients", "more than 1,000 clients"). On a million clients it answers in about a millisecond '
      + 'where totalCount of a dense search ("anna": 36,051 matches) takes 60-90 ms.',
  })
  boundedCount(
    @Root() connection: ClientConnectionType,
    @Arg('atMost', () => Int, { nullable: true, defaultValue: BOUNDED_COUNT_DEFAULT }) atMost: number | null,
  ): Promise<BoundedCountType> {
    return connection.countUpTo(atMost);
  }
}
