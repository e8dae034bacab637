import { isLocked, LOGIN_LOCK_MINUTES, lockedUntil, nextLoginDelay, retryAfterSeconds, shouldLockAfterFailure, shouldResetFailures } from './login-throttle';

const t0 = new Date('2025-05-14T10:00:00Z');
const after = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

describe('login throttle', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 1000],
    [4, 2000],
    [5, 15 * MIN],
    [9, 15 * MIN],
  ])('after %i failures the next attempt waits %i ms', (failures, delay) => {
    expect(nextLoginDelay(failures)).toBe(delay);
  });

  it.each([
    [4, t0, after(1000), false],
    [5, t0, after(0), true],
    [5, t0, after(15 * MIN - 1), true],
    [5, t0, after(15 * MIN), false],
    [7, t0, after(5 * MIN), true],
    [5, null, after(0), false],
  ])('%i failures, last at %s, now %s → locked %s', (failures, last, now, locked) => {
    expect(isLocked(failures, last, now)).toBe(locked);
  });

  it.each([[4, false], [5, true], [6, true]])('failure number %i locks: %s', (n, locks) => {
    expect(shouldLockAfterFailure(n)).toBe(locks);
    expect(LOGIN_LOCK_MINUTES).toBe(15);
  });

  it('tells when the lock ends and when to start counting again', () => {
    expect(lockedUntil(5, t0, after(MIN))).toEqual(after(15 * MIN));
    expect(lockedUntil(4, t0, after(MIN))).toBeNull();
    expect(shouldResetFailures(5, t0, after(15 * MIN))).toBe(true);
    expect(shouldResetFailures(5, t0, after(MIN))).toBe(false);
    expect(shouldResetFailures(2, t0, after(16 * MIN))).toBe(false);
  });

  it.each([
    [5, after(MIN), 14 * 60],
    [3, after(0), 1],
    [4, after(500), 2],
    [2, after(0), 0],
    [5, after(20 * MIN), 0],
  ])('%i failures, now %s → Retry-After %i s', (failures, now, seconds) => {
    expect(retryAfterSeconds(failures, t0, now)).toBe(seconds);
  });
});
