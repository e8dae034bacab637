import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (and, when refused, until a retry can succeed). */
  resetSeconds: number;
}

/**
 * Per-key request budget over a fixed one-minute window, in this process's memory. With N server processes
 * behind a load balancer a key gets up to N times its budget; see docs/adr/0006-api-keys.md.
 */
export class ApiKeyRateLimiter {
  private readonly limiters = new Map<number, RateLimiterMemory>();

  private limiterFor(perMinute: number): RateLimiterMemory {
    let limiter = this.limiters.get(perMinute);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: `api-key-${perMinute}` });
      this.limiters.set(perMinute, limiter);
    }
    return limiter;
  }

  async consume(apiKeyId: string, perMinute: number): Promise<RateLimitDecision> {
    try {
      const res = await this.limiterFor(perMinute).consume(apiKeyId, 1);
      return { allowed: true, limit: perMinute, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, limit: perMinute, remaining: 0, resetSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  }
}
