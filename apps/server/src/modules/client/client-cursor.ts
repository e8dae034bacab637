import { DomainError } from '@kartoteka/domain';
import type { ListCursor, SortDirection, SortField } from './client-list.query';

/** Opaque keyset cursor: the sort it belongs to, the row's sort value (as PostgreSQL printed it) and its id. */
export function encodeCursor(field: SortField, direction: SortDirection, value: string, id: string): string {
  return Buffer.from(JSON.stringify([field, direction, value, id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field: SortField, direction: SortDirection): ListCursor | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 4 && parsed[0] === field && parsed[1] === direction
      && typeof parsed[2] === 'string' && typeof parsed[3] === 'string' && /^[0-9a-f-]{36}$/i.test(parsed[3])) {
      return { value: parsed[2], id: parsed[3] };
    }
  } catch {
    // fall through to the typed error below
  }
  throw new DomainError('VALIDATION_FAILED', 'The cursor is invalid or belongs to another sort order.', [
    { path: ['after'], code: 'INVALID_FORMAT', message: 'Invalid cursor for this sort order.' },
  ]);
}
