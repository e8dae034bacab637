import { z } from 'zod';
import { nullableText, requiredText } from '../common/text-fields';
import { addFieldIssue } from '../parse-with';
import { API_KEY_SCOPES, isApiKeyScope } from '../policy/api-key-scopes';
import { EVENT_TYPES, isEventType } from './event-types';
import { checkWebhookUrl, type WebhookUrlPolicy } from './webhook-url';

/** Requests a minute per key unless the owner sets another figure (1 – 10,000). */
export const API_KEY_DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
export const API_KEY_MAX_RATE_LIMIT_PER_MINUTE = 10_000;

const uniqueList = <T extends string>(isValid: (v: unknown) => v is T, options: readonly string[], what: string) =>
  z.array(z.string()).min(1).max(options.length).superRefine((values, ctx) => {
    values.forEach((v, i) => {
      if (!isValid(v)) addFieldIssue(ctx, 'INVALID_CHOICE', `Unknown ${what} "${v}"`, [i], { options: options.join(', ') });
      else if (values.indexOf(v) !== i) addFieldIssue(ctx, 'DUPLICATE', `"${v}" is listed twice`, [i]);
    });
  }).transform((values) => values as T[]);

export const apiKeyInputSchema = z.strictObject({
  name: requiredText(100),
  scopes: uniqueList(isApiKeyScope, API_KEY_SCOPES, 'scope'),
  rateLimitPerMinute: z.number().int().min(1).max(API_KEY_MAX_RATE_LIMIT_PER_MINUTE).nullish()
    .transform((v) => v ?? API_KEY_DEFAULT_RATE_LIMIT_PER_MINUTE),
});
export type ApiKeyInput = z.input<typeof apiKeyInputSchema>;

const webhookUrl = (policy: WebhookUrlPolicy) => z.string().transform((value, ctx) => {
  const check = checkWebhookUrl(value, policy);
  if (!check.ok) {
    addFieldIssue(ctx, check.problem === 'TOO_LONG' ? 'TOO_LONG' : check.problem === 'INVALID_URL' ? 'INVALID_FORMAT' : 'NOT_ALLOWED',
      check.message, [], { reason: check.problem });
    return z.NEVER;
  }
  return check.url;
});

const eventTypes = uniqueList(isEventType, EVENT_TYPES, 'event type');

/** A webhook endpoint as created: URL (see checkWebhookUrl), the event types it wants, a note for humans. */
export function webhookEndpointInputSchema(policy: WebhookUrlPolicy) {
  return z.strictObject({
    url: webhookUrl(policy),
    eventTypes,
    description: nullableText(500).optional().transform((v) => v ?? null),
  });
}
export type WebhookEndpointInput = z.input<ReturnType<typeof webhookEndpointInputSchema>>;

/** A change to an endpoint: only the fields given change. */
export function webhookEndpointUpdateSchema(policy: WebhookUrlPolicy) {
  return z.strictObject({
    url: webhookUrl(policy).optional(),
    eventTypes: eventTypes.optional(),
    description: nullableText(500).optional(),
  });
}
export type WebhookEndpointUpdate = z.input<ReturnType<typeof webhookEndpointUpdateSchema>>;
