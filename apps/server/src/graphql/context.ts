import type { Role } from '@kartoteka/domain';
import type { ClientLoaders } from '../modules/client/client.loaders';
import type { Services } from '../services';

/** Who is calling: a logged-in staff member of one business. API keys come with the partner-events issue. */
export interface Viewer {
  accountId: string;
  membershipId: string;
  tenantId: string;
  role: Role;
  email: string;
  displayName: string;
  sessionId: string;
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
}
