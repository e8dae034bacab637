import { DomainError } from '@kartoteka/domain';
import type { RequestContext, StaffViewer, Viewer } from './context';

export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new DomainError('UNAUTHENTICATED', 'Log in first: the session is missing or has expired.');
  return ctx.viewer;
}

/** Staff-only operations (staff management, the business itself): an API key gets FORBIDDEN. */
export function requireStaffViewer(ctx: RequestContext): StaffViewer {
  const viewer = requireViewer(ctx);
  if (viewer.kind !== 'staff') throw new DomainError('FORBIDDEN', 'API keys may not do this; a staff member has to.', [], { viewer: 'apiKey' });
  return viewer;
}
