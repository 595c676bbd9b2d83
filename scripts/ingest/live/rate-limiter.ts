import type { Clock } from './http-types';

/** At most `maxCalls` starts within any `windowMs` (SCB v2 `/config`: maxCallsPerTimeWindow per timeWindow s). */
export class RateLimiter {
  private readonly starts: number[] = [];

  constructor(
    private readonly maxCalls: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {
    if (maxCalls < 1 || windowMs <= 0)
      throw new Error('a rate limit needs at least one call per positive window');
  }

  async acquire(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.starts.length > 0 && this.starts[0]! <= now - this.windowMs) this.starts.shift();
      if (this.starts.length < this.maxCalls) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep(this.starts[0]! + this.windowMs - now);
    }
  }
}
