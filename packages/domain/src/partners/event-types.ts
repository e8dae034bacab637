/**
 * The events partners receive (F9.3), by subscription, webhook and replay. Each has a stable id, a type, the time
 * it happened and a payload; `client.merged` and `client.erased` are listed ahead of the features that emit them
 * so partners can subscribe to them today.
 */
export const EVENT_TYPES = [
  'client.created',
  'client.updated',
  'client.deleted',
  'client.restored',
  'client.merged',
  'client.erased',
  'consent.changed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Sent only by "send a test event" to one webhook endpoint; never in the feed. */
export const TEST_EVENT_TYPE = 'webhook.test';

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value);
}

/** Replay pages: 50 by default, at most 500 (catching up after a weekend offline should not take forever). */
export const EVENT_PAGE_DEFAULT = 50;
export const EVENT_PAGE_MAX = 500;

/** Events are kept at least this long; the retention job deletes them some days later. */
export const EVENT_RETENTION_MIN_DAYS = 30;
