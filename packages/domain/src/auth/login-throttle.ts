/**
 * Login throttling as pure rules; the server stores `failedAttempts` and `lastFailureAt` per account (and applies a
 * separate per-IP limiter) and resets both after a successful login.
 *
 * - The first 2 failures cost nothing (typos happen at a busy desk).
 * - From the 3rd failure on, the next attempt waits 1 s, then 2 s, 4 s: slows down guessing, not people.
 * - After 5 failures the account is locked for 15 minutes from the last failure (ACCOUNT_LOCKED). When the lock
 *   expires the count starts over (`shouldResetFailures`), so a locked-out owner gets 5 fresh attempts.
 * 5 attempts per 15 minutes lets an online attacker try about 480 passwords a day per account, which a 10-character
 * minimum and the common-password check make useless.
 */

export const LOGIN_LOCK_THRESHOLD = 5;
export const LOGIN_LOCK_MINUTES = 15;
export const LOGIN_LOCK_DURATION_MS = LOGIN_LOCK_MINUTES * 60 * 1000;
const FREE_FAILURES = 2;
const BASE_DELAY_MS = 1000;

/** Milliseconds the next attempt must wait after `failedAttempts` consecutive failures (lock not included). */
export function nextLoginDelay(failedAttempts: number): number {
  if (failedAttempts <= FREE_FAILURES) return 0;
  if (failedAttempts >= LOGIN_LOCK_THRESHOLD) return LOGIN_LOCK_DURATION_MS;
  return BASE_DELAY_MS * 2 ** (failedAttempts - FREE_FAILURES - 1);
}

/** `failedAttempts` counts the failure just made: true when it is the one that locks the account. */
export function shouldLockAfterFailure(failedAttempts: number): boolean {
  return failedAttempts >= LOGIN_LOCK_THRESHOLD;
}

export function isLocked(failedAttempts: number, lastFailureAt: Date | null | undefined, now: Date): boolean {
  return lockedUntil(failedAttempts, lastFailureAt, now) !== null;
}

/** When the lock ends, or null if not locked now. */
export function lockedUntil(failedAttempts: number, lastFailureAt: Date | null | undefined, now: Date): Date | null {
  if (failedAttempts < LOGIN_LOCK_THRESHOLD || !lastFailureAt) return null;
  const until = lastFailureAt.getTime() + LOGIN_LOCK_DURATION_MS;
  return now.getTime() < until ? new Date(until) : null;
}

/** After a lock has run out, the next failure counts from 1 again. */
export function shouldResetFailures(failedAttempts: number, lastFailureAt: Date | null | undefined, now: Date): boolean {
  return failedAttempts >= LOGIN_LOCK_THRESHOLD && !!lastFailureAt && !isLocked(failedAttempts, lastFailureAt, now);
}

/** Seconds to put in a Retry-After header, 0 when an attempt may be made now. */
export function retryAfterSeconds(failedAttempts: number, lastFailureAt: Date | null | undefined, now: Date): number {
  if (!lastFailureAt) return 0;
  const until = lockedUntil(failedAttempts, lastFailureAt, now);
  const waitUntil = until ? until.getTime() : lastFailureAt.getTime() + nextLoginDelay(failedAttempts);
  return Math.max(0, Math.ceil((waitUntil - now.getTime()) / 1000));
}
