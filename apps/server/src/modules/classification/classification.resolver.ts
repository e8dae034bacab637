import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { UUIDScalar } from '../../graphql/common/scalars';
import type { RequestContext } from '../../graphql/context';
import { requireViewer } from '../../graphql/require-viewer';
import type { CustomFieldDefinitionEntity } from './classification.entities';
import {
  CustomFieldDefinitionInput, CustomFieldDefinitionType, GroupType, MembershipChangeEnum, PhoneTypeType, SourceType, TagType,
} from './classification.types';

function mapCustomField(f: CustomFieldDefinitionEntity): CustomFieldDefinitionType {
  return { ...f, required: f.isRequired } as unknown as CustomFieldDefinitionType;
}

@Resolver()
export class ClassificationResolver {
  @Query(() => [GroupType]) groups(@Ctx() ctx: RequestContext) { return ctx.services.classification.list(requireViewer(ctx), 'group'); }
  @Query(() => [TagType]) tags(@Ctx() ctx: RequestContext) { return ctx.services.classification.list(requireViewer(ctx), 'tag'); }
  @Query(() => [SourceType]) sources(@Ctx() ctx: RequestContext) { return ctx.services.classification.list(requireViewer(ctx), 'source'); }
  @Query(() => [PhoneTypeType]) phoneTypes(@Ctx() ctx: RequestContext) { return ctx.services.classification.list(requireViewer(ctx), 'phoneType'); }

  @Query(() => [CustomFieldDefinitionType])
  async customFields(@Arg('includeArchived', { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: RequestContext) {
    return (await ctx.services.classification.listCustomFields(requireViewer(ctx), includeArchived)).map(mapCustomField);
  }

  @Mutation(() => GroupType)
  createGroup(@Arg('name') name: string, @Arg('color', () => String, { nullable: true }) color: string | null, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.create(requireViewer(ctx), 'group', name, { color: color ?? null });
  }

  @Mutation(() => GroupType)
  updateGroup(@Arg('id', () => UUIDScalar) id: string, @Arg('name') name: string, @Arg('color', () => String, { nullable: true }) color: string | null, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.rename(requireViewer(ctx), 'group', id, name, { color: color ?? null });
  }

  @Mutation(() => Boolean) deleteGroup(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.remove(requireViewer(ctx), 'group', id);
  }

  @Mutation(() => Int, { description: 'Adds or removes groups on many clients at once; answers how many clients changed.' })
  setClientGroups(
    @Arg('clientIds', () => [UUIDScalar]) clientIds: string[], @Arg('groupIds', () => [UUIDScalar]) groupIds: string[],
    @Arg('change', () => MembershipChangeEnum) change: MembershipChangeEnum, @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.classification.setGroupsOnClients(requireViewer(ctx), clientIds, groupIds, change);
  }

  @Mutation(() => Int, { description: 'Adds or removes tags on many clients at once; answers how many clients changed.' })
  setClientTags(
    @Arg('clientIds', () => [UUIDScalar]) clientIds: string[], @Arg('tagIds', () => [UUIDScalar]) tagIds: string[],
    @Arg('change', () => MembershipChangeEnum) change: MembershipChangeEnum, @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.classification.setTagsOnClients(requireViewer(ctx), clientIds, tagIds, change);
  }

  @Mutation(() => TagType) createTag(@Arg('name') name: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.create(requireViewer(ctx), 'tag', name);
  }

  @Mutation(() => TagType) renameTag(@Arg('id', () => UUIDScalar) id: string, @Arg('name') name: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.rename(requireViewer(ctx), 'tag', id, name);
  }

  @Mutation(() => TagType, { description: 'Moves every client of the source tags to the target tag and deletes the sources.' })
  mergeTags(@Arg('sourceIds', () => [UUIDScalar]) sourceIds: string[], @Arg('targetId', () => UUIDScalar) targetId: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.mergeTags(requireViewer(ctx), sourceIds, targetId);
  }

  @Mutation(() => Boolean) deleteTag(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.remove(requireViewer(ctx), 'tag', id);
  }

  @Mutation(() => SourceType) createSource(@Arg('name') name: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.create(requireViewer(ctx), 'source', name);
  }

  @Mutation(() => SourceType)
  updateSource(@Arg('id', () => UUIDScalar) id: string, @Arg('name') name: string, @Arg('isArchived', { nullable: true }) isArchived: boolean, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.rename(requireViewer(ctx), 'source', id, name, isArchived === undefined || isArchived === null ? {} : { isArchived });
  }

  @Mutation(() => Boolean, { description: 'Deletes a source, or archives it when clients use it.' })
  deleteSource(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.remove(requireViewer(ctx), 'source', id);
  }

  @Mutation(() => PhoneTypeType) createPhoneType(@Arg('name') name: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.create(requireViewer(ctx), 'phoneType', name);
  }

  @Mutation(() => PhoneTypeType) renamePhoneType(@Arg('id', () => UUIDScalar) id: string, @Arg('name') name: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.rename(requireViewer(ctx), 'phoneType', id, name);
  }

  @Mutation(() => Boolean) deletePhoneType(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext) {
    return ctx.services.classification.remove(requireViewer(ctx), 'phoneType', id);
  }

  @Mutation(() => CustomFieldDefinitionType)
  async saveCustomField(@Arg('input') input: CustomFieldDefinitionInput, @Ctx() ctx: RequestContext) {
    return mapCustomField(await ctx.services.classification.saveCustomField(requireViewer(ctx), input));
  }
}
