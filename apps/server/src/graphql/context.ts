import type { ApiKeyScope, Role } from '@kartoteka/domain';
import type { RequestReads } from '../db/request-reads';
import type { ClientLoaders } from '../modules/client/client.loaders';
import type { Services } from '../services';

/** A logged-in staff member of one business (session cookie). */
export interface StaffViewer {
  kind: 'staff';
  accountId: string;
  membershipId: string;
  tenantId: string;
  role: Role;
  email: string;
  displayName: string;
  sessionId: string;
}

/** A partner app calling with an API key of one business (Authorization: Bearer kt_…). */
export interface ApiKeyViewer {
  kind: 'apiKey';
  apiKeyId: string;
  tenantId: string;
  name: string;
  scopes: ApiKeyScope[];
  rateLimitPerMinute: number;
}

/** Who is calling. Services check permissions with `assertActorCan(viewer, action)` whichever kind it is. */
export type Viewer = StaffViewer | ApiKeyViewer;

/** The staff member behind a write (created_by, recorded_by), or null for an API key. */
export function staffMembershipId(viewer: Viewer): string | null {
  return viewer.kind === 'staff' ? viewer.membershipId : null;
}

export interface CookieJar {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface RequestContext {
  viewer: Viewer | null;
  services: Services;
  cookies: CookieJar;
  ip: string;
  userAgent: string;
  sessionToken: string | null;
  /** Batching loaders of the viewer's business; null before login. */
  loaders: ClientLoaders | null;
  /** The request's shared read transaction (HTTP queries only; see db/request-reads.ts). */
  reads?: RequestReads | null;
}
