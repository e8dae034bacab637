import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { readerPerCall } from '../../db/request-reads';
import { createClientLoaders } from '../client/client.loaders';
import { requireStaffViewer } from '../../graphql/require-viewer';
import type { NewSession } from './auth.service';
import { mapStaffMember, mapViewer } from './staff.mapper';
import {
  AcceptInvitationInput, InvitationType, InviteStaffInput, LoginInput, SignUpInput, StaffMemberType,
  UpdateStaffMemberInput, ViewerType,
} from './staff.types';

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The logged-in staff member, or null without a valid session.' })
  async me(@Ctx() ctx: RequestContext): Promise<ViewerType | null> {
    // staff only: an API key is not somebody who can be shown as logged in
    if (ctx.viewer?.kind !== 'staff') return null;
    return mapViewer(ctx.viewer, await ctx.services.staff.businessOf(ctx.viewer));
  }

  @Mutation(() => ViewerType, { description: 'Creates a business and its owner, and logs the owner in.' })
  async signUp(@Arg('input') input: SignUpInput, @Ctx() ctx: RequestContext): Promise<ViewerType> {
    return this.startSession(await ctx.services.auth.signUp(input), ctx);
  }

  @Mutation(() => ViewerType)
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: RequestContext): Promise<ViewerType> {
    return this.startSession(await ctx.services.auth.login(input, ctx.ip), ctx);
  }

  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.auth.logout(ctx.sessionToken);
    ctx.cookies.clearSession();
    return true;
  }

  @Mutation(() => ViewerType, { description: 'Sets a password for an invited person and logs them in.' })
  async acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: RequestContext): Promise<ViewerType> {
    return this.startSession(await ctx.services.staff.accept(input), ctx);
  }

  @Query(() => [StaffMemberType])
  async staffMembers(@Ctx() ctx: RequestContext): Promise<StaffMemberType[]> {
    return (await ctx.services.staff.listStaff(requireStaffViewer(ctx))).map(mapStaffMember);
  }

  @Query(() => [InvitationType])
  async openInvitations(@Ctx() ctx: RequestContext): Promise<InvitationType[]> {
    return (await ctx.services.staff.listInvitations(requireStaffViewer(ctx))) as InvitationType[];
  }

  @Mutation(() => InvitationType, { description: 'Invites a person by e-mail; the answer carries the one-time token.' })
  async inviteStaff(@Arg('input') input: InviteStaffInput, @Ctx() ctx: RequestContext): Promise<InvitationType> {
    return (await ctx.services.staff.invite(requireStaffViewer(ctx), input)) as InvitationType;
  }

  @Mutation(() => StaffMemberType)
  async updateStaffMember(@Arg('input') input: UpdateStaffMemberInput, @Ctx() ctx: RequestContext): Promise<StaffMemberType> {
    return mapStaffMember(await ctx.services.staff.update(requireStaffViewer(ctx), input));
  }

  private async startSession(session: NewSession, ctx: RequestContext): Promise<ViewerType> {
    ctx.cookies.setSession(session.token, session.expiresAt);
    ctx.viewer = session.viewer;
    ctx.loaders = createClientLoaders(readerPerCall(ctx.services.ds, session.viewer), session.viewer, ctx.services.consents);
    return mapViewer(session.viewer, await ctx.services.staff.businessOf(session.viewer));
  }
}
