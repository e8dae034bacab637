import type { FieldIssue } from '@kartoteka/domain';
import { announceSessionExpired } from '../../app/sessionEvents';

/** What the server's /files routes answer when they refuse: the API's error code and any field issues. */
export type PhotoRefusal = { code: string; issues: FieldIssue[] };

/**
 * Uploads the client's photo (the file itself as the body, with its type) or removes it (`null`). Same origin, so
 * the session cookie goes along as it does for /graphql. Resolves to null when done, or to the refusal.
 */
export async function sendClientPhoto(clientId: string, file: File | null): Promise<PhotoRefusal | null> {
  const res = await fetch(`/files/clients/${encodeURIComponent(clientId)}/photo`, {
    method: file ? 'PUT' : 'DELETE',
    credentials: 'same-origin',
    headers: file ? { 'content-type': file.type } : undefined,
    body: file ?? undefined,
  });
  if (res.ok) return null;
  const body = (await res.json().catch(() => null)) as { error?: Partial<PhotoRefusal> } | null;
  if (res.status === 401) announceSessionExpired();
  return { code: body?.error?.code ?? 'INTERNAL_SERVER_ERROR', issues: Array.isArray(body?.error?.issues) ? body.error.issues : [] };
}
