import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UUIDScalar } from '../../graphql/common/scalars';
import type { RequestContext } from '../../graphql/context';
import { requireViewer } from '../../graphql/require-viewer';
import { StaffRefType } from '../client/client.types';
import { ConsentPurposeInput, ConsentPurposeType, ConsentRecordType, ConsentStateType, RecordConsentInput } from './consent.types';

@Resolver()
export class ConsentResolver {
  @Query(() => [ConsentPurposeType])
  consentPurposes(@Arg('includeArchived', { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: RequestContext) {
    return ctx.services.consents.listPurposes(requireViewer(ctx), includeArchived);
  }

  @Query(() => [ConsentRecordType], { description: 'Every grant and withdrawal of a client, newest first.' })
  consentHistory(@Arg('clientId', () => UUIDScalar) clientId: string, @Ctx() ctx: RequestContext) {
    return ctx.services.consents.history(requireViewer(ctx), clientId);
  }

  @Mutation(() => ConsentStateType, { description: 'Appends a grant or a withdrawal to the ledger.' })
  recordConsent(@Arg('input') input: RecordConsentInput, @Ctx() ctx: RequestContext) {
    const { clientId, ...rest } = input;
    return ctx.services.consents.record(requireViewer(ctx), clientId, rest);
  }

  @Mutation(() => ConsentStateType, { description: 'Withdraws a granted consent (one action, F4.4).' })
  withdrawConsent(@Arg('clientId', () => UUIDScalar) clientId: string, @Arg('purposeKey') purposeKey: string, @Ctx() ctx: RequestContext) {
    return ctx.services.consents.record(requireViewer(ctx), clientId, {
      purposeKey, granted: false, method: 'STAFF_OUTSIDE_SYSTEM',
    });
  }

  @Mutation(() => ConsentPurposeType, { description: 'Creates a purpose or changes its wording (which makes a new version).' })
  saveConsentPurpose(@Arg('input') input: ConsentPurposeInput, @Ctx() ctx: RequestContext) {
    return ctx.services.consents.savePurpose(requireViewer(ctx), input);
  }
}

@Resolver(() => ConsentRecordType)
export class ConsentRecordFieldsResolver {
  @FieldResolver(() => StaffRefType, { nullable: true, description: 'Who recorded it; null for partner apps and online forms.' })
  recordedBy(@Root() record: ConsentRecordType, @Ctx() ctx: RequestContext) {
    requireViewer(ctx);
    return record.recordedById ? ctx.loaders!.staff.load(record.recordedById) : null;
  }
}
