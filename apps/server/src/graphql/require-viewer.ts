import { DomainError } from '@kartoteka/domain';
import type { RequestContext, Viewer } from './context';

export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new DomainError('UNAUTHENTICATED', 'Log in first: the session is missing or has expired.');
  return ctx.viewer;
}
