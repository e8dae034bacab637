/**
 * Why an endpoint was disabled. The stored reason is an English sentence for developers; `disabledBy` tells the
 * admin which of the two known causes it was, so it can show its own Polish or English notice (it never reads
 * the sentence). Both sentences are written only here.
 */
export type WebhookDisabledBy = 'AUTOMATIC' | 'STAFF';

export const STAFF_DISABLED_REASON = 'Disabled by a staff member.';
const AUTOMATIC_PREFIX = 'Disabled automatically';

export function automaticDisableReason(day: string, hours: number, lastError: string): string {
  return `${AUTOMATIC_PREFIX} on ${day}: every delivery attempt failed for ${hours} hours (last error: ${lastError}). `
    + 'Fix the endpoint, then enable it.';
}

export function disabledByOf(disabledAt: Date | null, reason: string | null): WebhookDisabledBy | null {
  if (!disabledAt || !reason) return null;
  if (reason === STAFF_DISABLED_REASON) return 'STAFF';
  if (reason.startsWith(AUTOMATIC_PREFIX)) return 'AUTOMATIC';
  return null;
}
