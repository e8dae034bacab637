import type { EventRecord } from './event-record';

/** A subscriber that falls this far behind is cut off; it reconnects and catches up with `events(after:)`. */
const DEFAULT_MAX_QUEUE = 5_000;

export class SubscriberTooSlowError extends Error {
  constructor() {
    super('The subscriber fell too far behind and was disconnected: reconnect and catch up with events(after: lastCursor).');
  }
}

class Subscriber implements AsyncIterableIterator<EventRecord> {
  private readonly queue: EventRecord[] = [];
  private waiting: ((r: IteratorResult<EventRecord>) => void) | null = null;
  private failWaiting: ((e: unknown) => void) | null = null;
  private done = false;
  private error: Error | null = null;

  constructor(
    readonly tenantId: string,
    private readonly accepts: (e: EventRecord) => boolean,
    private readonly maxQueue: number,
    private readonly onDone: (s: Subscriber) => void,
  ) {}

  push(event: EventRecord): boolean {
    if (this.done || !this.accepts(event)) return false;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: event, done: false });
      return true;
    }
    if (this.queue.length >= this.maxQueue) {
      this.fail(new SubscriberTooSlowError());
      return false;
    }
    this.queue.push(event);
    return true;
  }

  fail(error: Error): void {
    if (this.done) return;
    this.error = error;
    this.queue.length = 0;
    this.finish();
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = this.failWaiting = null;
      reject(error);
    }
  }

  next(): Promise<IteratorResult<EventRecord>> {
    const value = this.queue.shift();
    if (value) return Promise.resolve({ value, done: false });
    if (this.error) {
      const error = this.error;
      this.error = null;
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<EventRecord>> {
    this.queue.length = 0;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<EventRecord>> {
    this.finish();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<EventRecord> {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.onDone(this);
    if (this.waiting && !this.error) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: undefined, done: true });
    }
  }
}

/**
 * In-process fan-out from this process's dispatcher to the GraphQL subscriptions attached to this process, keyed
 * by business: an event is only ever offered to subscribers of its own tenant. Each subscriber has a bounded
 * queue, so one stalled socket costs memory up to a limit and never slows the dispatcher or other subscribers.
 */
export class EventHub {
  private readonly byTenant = new Map<string, Set<Subscriber>>();

  constructor(private readonly maxQueue = DEFAULT_MAX_QUEUE) {}

  subscribe(tenantId: string, types: readonly string[] | null): AsyncIterableIterator<EventRecord> {
    const wanted = types ? new Set(types) : null;
    const subscriber = new Subscriber(tenantId, (e) => !wanted || wanted.has(e.type), this.maxQueue, (s) => {
      const set = this.byTenant.get(s.tenantId);
      set?.delete(s);
      if (set && !set.size) this.byTenant.delete(s.tenantId);
    });
    let set = this.byTenant.get(tenantId);
    if (!set) this.byTenant.set(tenantId, (set = new Set()));
    set.add(subscriber);
    return subscriber;
  }

  /** Offers an event to its tenant's subscribers; returns how many took it. */
  publish(event: EventRecord): number {
    const set = this.byTenant.get(event.tenantId);
    if (!set) return 0;
    let delivered = 0;
    for (const s of [...set]) if (s.push(event)) delivered++;
    return delivered;
  }

  get subscriberCount(): number {
    let n = 0;
    for (const set of this.byTenant.values()) n += set.size;
    return n;
  }

  /** Ends every subscription (server shutdown). */
  closeAll(): void {
    for (const set of [...this.byTenant.values()]) for (const s of [...set]) void s.return();
  }
}
