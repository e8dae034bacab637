/**
 * The COMMIT of a read-only transaction, sent with the connection's next statement instead of on its own.
 *
 * A GraphQL query's reads end with a COMMIT that changes nothing (the transaction is read only); on this kind of
 * machine each round trip to PostgreSQL costs 0.1-0.2 ms of CPU on each side, and a list page made three. So the
 * connection goes back to the pool with its transaction still open and marked: the next query on it (usually the
 * next request's `begin …; select app_session_viewer(…)`) is sent as `commit; <its text>` in the same round trip,
 * and its caller gets exactly the results it would have had alone. A query that cannot carry the COMMIT (one with
 * parameters, a cursor, a COPY) has it queued in front of it instead; pg runs a client's queries in order.
 * A connection nobody takes within FLUSH_AFTER_MS commits on its own, so no snapshot or lock is held longer.
 *
 * See docs/adr/0009-one-read-transaction-per-query.md.
 */

const FLUSH_AFTER_MS = 200;

type QueryFn = (...args: unknown[]) => unknown;
interface PgClient { query: QueryFn }

const pending = new WeakMap<PgClient, NodeJS.Timeout>();

/** Marks a connection whose open transaction is read only: its COMMIT goes with its next statement. */
export function deferCommit(client: PgClient): void {
  if (pending.has(client)) return;
  const original = client.query;
  const timer = setTimeout(() => {
    if (!take(client)) return;
    void Promise.resolve(original.call(client, 'commit')).catch(() => undefined);
  }, FLUSH_AFTER_MS);
  timer.unref();
  pending.set(client, timer);
  // an own property shadows the prototype's query until the first call (or the flush) removes it
  client.query = function queryAfterCommit(this: PgClient, ...args: unknown[]): unknown {
    take(client);
    const [text, values] = args;
    const plain = typeof text === 'string' && text.trim() !== '' && args.length <= 2
      && (values === undefined || (Array.isArray(values) && values.length === 0));
    // parameterless text goes by the simple protocol, which takes several statements: one round trip
    if (plain) return (original.call(client, `commit;\n${text}`) as Promise<unknown>).then(withoutCommitResult);
    void Promise.resolve(original.call(client, 'commit')).catch(() => undefined);
    return original.apply(client, args);
  };
}

/** True when the connection still owed a COMMIT (and now no longer does). */
function take(client: PgClient): boolean {
  const timer = pending.get(client);
  if (!timer) return false;
  clearTimeout(timer);
  pending.delete(client);
  delete (client as Partial<PgClient>).query;
  return true;
}

/** pg answers a multi-statement text with an array of results: drop the COMMIT's, as if it had not been sent. */
function withoutCommitResult(results: unknown): unknown {
  const list = results as unknown[];
  return list.length === 2 ? list[1] : list.slice(1);
}
