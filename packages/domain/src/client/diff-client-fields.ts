/**
 * Field-by-field changes between two client snapshots, for `client.updated` events, the timeline (F6.1) and the
 * "someone else changed this" view (F3.4). Shallow per top-level field. Values are compared without `id` keys
 * (a list saved again gets new row ids but is the same list), and lists are sorted by their elements' JSON, so
 * reordering phones is not a change. Dates compare by instant; undefined and null are the same "empty".
 * Pass full snapshots: a key missing on one side counts as empty.
 */

export type FieldChange = { field: string; from: unknown; to: unknown };

export const DEFAULT_DIFF_IGNORED_FIELDS = ['version', 'updatedAt', 'createdAt', 'updatedById', 'createdById'];

export function diffClientFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  options: { ignore?: readonly string[] } = {},
): FieldChange[] {
  const ignore = new Set(options.ignore ?? DEFAULT_DIFF_IGNORED_FIELDS);
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((f) => !ignore.has(f));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(canonical(from)) !== JSON.stringify(canonical(to))) changes.push({ field, from, to });
  }
  return changes;
}

function canonical(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    return value.map(canonical).sort((a, b) => cmp(JSON.stringify(a), JSON.stringify(b)));
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(obj).sort()) {
      if (key === 'id') continue;
      const v = canonical(obj[key]);
      if (v !== null) out[key] = v;
    }
    return out;
  }
  return value;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
