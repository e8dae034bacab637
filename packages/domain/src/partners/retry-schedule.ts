/**
 * Webhook retries (Standard Webhooks practice): the first attempt at once, then waits growing from seconds to
 * hours, about three days in all (257,765 s ≈ 2.98 days before jitter), 11 attempts. Each wait is spread by
 * ±10 % so endpoints that failed together do not come back in lockstep.
 */
export const WEBHOOK_RETRY_DELAYS_SECONDS: readonly number[] = [
  5, 60, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 14 * 3600, 20 * 3600, 20 * 3600,
];

export const WEBHOOK_JITTER = 0.1;

/**
 * Seconds to wait after `attemptsMade` failed attempts, or null when the delivery has used them all.
 * `random` is injected (0 ≤ r < 1) so the rule stays pure and testable.
 */
export function nextRetryDelaySeconds(
  attemptsMade: number, schedule: readonly number[] = WEBHOOK_RETRY_DELAYS_SECONDS, random: () => number = Math.random,
): number | null {
  if (attemptsMade < 1 || attemptsMade > schedule.length) return null;
  const base = schedule[attemptsMade - 1]!;
  const spread = base * WEBHOOK_JITTER * (2 * random() - 1);
  return Math.max(0, base + spread);
}

export function maxAttempts(schedule: readonly number[] = WEBHOOK_RETRY_DELAYS_SECONDS): number {
  return schedule.length + 1;
}

/** Delivery succeeded when the receiver answered 2xx; redirects are not followed and count as failures. */
export function isSuccessfulStatus(status: number): boolean {
  return status >= 200 && status < 300;
}
