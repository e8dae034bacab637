import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { UUIDScalar } from '../../graphql/common/scalars';
import type { RequestContext } from '../../graphql/context';
import { requireViewer } from '../../graphql/require-viewer';
import { displayPrefix } from './api-key-token';
import type { ApiKeyRow } from './api-key.service';
import { ApiKeyType, CreateApiKeyInput, CreatedApiKeyType, type ApiKeyScopeEnum } from './api-key.types';

function mapApiKey(row: ApiKeyRow): ApiKeyType {
  return {
    id: row.id, name: row.name, prefix: displayPrefix(row.prefix), scopes: row.scopes as ApiKeyScopeEnum[],
    rateLimitPerMinute: row.rateLimitPerMinute,
    createdBy: row.createdById && row.createdByName ? { id: row.createdById, displayName: row.createdByName } : null,
    createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt,
  };
}

@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyType], { description: 'API keys of the business, newest first (owners and admins).' })
  async apiKeys(@Arg('includeRevoked', { defaultValue: false }) includeRevoked: boolean, @Ctx() ctx: RequestContext): Promise<ApiKeyType[]> {
    return (await ctx.services.apiKeys.list(requireViewer(ctx), includeRevoked)).map(mapApiKey);
  }

  @Mutation(() => CreatedApiKeyType, { description: 'Creates a key; the answer is the only time its secret is shown.' })
  async createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreatedApiKeyType> {
    const created = await ctx.services.apiKeys.create(requireViewer(ctx), {
      name: input.name, scopes: input.scopes, rateLimitPerMinute: input.rateLimitPerMinute ?? null,
    });
    return { apiKey: mapApiKey(created.apiKey), secret: created.secret };
  }

  @Mutation(() => ApiKeyType, { description: 'Revokes a key at once: its requests get 401 and its WebSockets close (4403).' })
  async revokeApiKey(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: RequestContext): Promise<ApiKeyType> {
    return mapApiKey(await ctx.services.apiKeys.revoke(requireViewer(ctx), id));
  }
}
