import { apiKeyInputSchema, assertActorCan, DomainError, isApiKeyScope, parseWith, type ApiKeyInput } from '@kartoteka/domain';
import type { DataSource } from 'typeorm';
import { inTenant, inUnscoped } from '../../db/tenant-scope';
import { staffMembershipId, type ApiKeyViewer, type Viewer } from '../../graphql/context';
import { apiKeySecretMatches, hashApiKeySecret, newApiKeyToken, parseApiKeyToken } from './api-key-token';
import { apiKeyRepository as repo, type ApiKeyRow } from './api-key.repository';

export type { ApiKeyRow } from './api-key.repository';

/** Every process LISTENs here; a revocation reaches all of them at commit (see docs/adr/0006-api-keys.md). */
export const API_KEY_REVOKED_CHANNEL = 'kartoteka_api_key_revoked';
/** A verified key is trusted this long without asking the database again (revocations clear it at once). */
const CACHE_TTL_MS = 30_000;
const CACHE_MAX = 10_000;

interface CachedKey {
  viewer: ApiKeyViewer;
  expiresAt: number;
  touchedAt: number;
}

/** The key row and the whole key text, which is shown to its creator once and never again. */
export interface CreatedApiKey {
  apiKey: ApiKeyRow;
  secret: string;
}

/**
 * API keys of partner apps (F9.2): owners and admins create them with scopes, see the key once, revoke them.
 * `authenticate` turns `Bearer kt_…` into a viewer of the key's business.
 */
export class ApiKeyService {
  private readonly revokedListeners = new Set<(apiKeyId: string) => void>();
  private readonly cache = new Map<string, CachedKey>();

  constructor(private readonly ds: DataSource) {}

  list(viewer: Viewer, includeRevoked = false): Promise<ApiKeyRow[]> {
    assertActorCan(viewer, 'apiKey:manage');
    return inTenant(this.ds, viewer, (em) => repo.list(em, viewer.tenantId, includeRevoked));
  }

  async create(viewer: Viewer, raw: ApiKeyInput): Promise<CreatedApiKey> {
    assertActorCan(viewer, 'apiKey:manage');
    const input = parseWith(apiKeyInputSchema, raw);
    for (let attempt = 0; ; attempt++) {
      const token = newApiKeyToken();
      try {
        const apiKey = await inTenant(this.ds, viewer, async (em) => {
          const id = await repo.insert(em, {
            tenantId: viewer.tenantId, name: input.name, prefix: token.prefix, secretHash: token.secretHash,
            scopes: input.scopes, rateLimitPerMinute: input.rateLimitPerMinute, createdById: staffMembershipId(viewer),
          });
          return (await repo.find(em, viewer.tenantId, id))!;
        });
        return { apiKey, secret: token.text };
      } catch (err) {
        // 36^12 prefixes make a collision astronomically rare; a retry with a new prefix settles it anyway
        if ((err as { code?: string }).code === '23505' && attempt < 3) continue;
        throw err;
      }
    }
  }

  async revoke(viewer: Viewer, id: string): Promise<ApiKeyRow> {
    assertActorCan(viewer, 'apiKey:manage');
    const row = await inTenant(this.ds, viewer, async (em) => {
      if (!(await repo.find(em, viewer.tenantId, id))) throw new DomainError('NOT_FOUND', 'API key not found.');
      await repo.revoke(em, viewer.tenantId, id);
      // every process (this one included) drops the key from its cache and closes its sockets at commit
      await em.query(`select pg_notify('${API_KEY_REVOKED_CHANNEL}', $1)`, [id]);
      return (await repo.find(em, viewer.tenantId, id))!;
    });
    this.forget(id);
    return row;
  }

  /** A key was revoked (here or in another process): forget it and close its connections. */
  forget(apiKeyId: string): void {
    for (const [k, entry] of this.cache) if (entry.viewer.apiKeyId === apiKeyId) this.cache.delete(k);
    for (const listener of this.revokedListeners) listener(apiKeyId);
  }

  /** Open WebSocket connections of a revoked key are closed at once in this process (others re-check them). */
  onRevoked(listener: (apiKeyId: string) => void): () => void {
    this.revokedListeners.add(listener);
    return () => this.revokedListeners.delete(listener);
  }

  /** The viewer behind an API key text, or null when it is malformed, unknown or revoked. */
  async authenticate(text: string): Promise<ApiKeyViewer | null> {
    const parsed = parseApiKeyToken(text);
    if (!parsed) return null;
    const cacheKey = `${parsed.prefix}:${hashApiKeySecret(parsed.secret)}`;
    const now = Date.now();
    const cached = this.cache.get(cacheKey);
    if (cached && cached.expiresAt > now) {
      if (now - cached.touchedAt > 60_000) {
        cached.touchedAt = now;
        await inTenant(this.ds, { tenantId: cached.viewer.tenantId }, (em) => repo.touch(em, cached.viewer.tenantId, cached.viewer.apiKeyId));
      }
      return cached.viewer;
    }
    this.cache.delete(cacheKey);
    const row = await inUnscoped(this.ds, { 'app.api_key_prefix': parsed.prefix }, (em) => repo.findByPrefix(em, parsed.prefix));
    if (!row || row.revokedAt || !apiKeySecretMatches(parsed.secret, row.secretHash)) return null;
    let touchedAt = row.lastUsedAt ? new Date(row.lastUsedAt).getTime() : 0;
    if (now - touchedAt > 60_000) {
      await inTenant(this.ds, { tenantId: row.tenantId }, (em) => repo.touch(em, row.tenantId, row.id));
      touchedAt = now;
    }
    const viewer: ApiKeyViewer = {
      kind: 'apiKey', apiKeyId: row.id, tenantId: row.tenantId, name: row.name,
      scopes: row.scopes.filter(isApiKeyScope), rateLimitPerMinute: row.rateLimitPerMinute,
    };
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(cacheKey, { viewer, expiresAt: now + CACHE_TTL_MS, touchedAt });
    return viewer;
  }
}
