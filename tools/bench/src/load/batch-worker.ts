/**
 * Worker thread that generates the clients and builds their COPY rows, so the main thread only streams COPY:
 * on two cores the generator and PostgreSQL then run side by side. It sends a batch only when it holds a credit
 * (the main thread returns one per committed batch), so at most `credits` batches wait in memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchBuilder } from './batch-builder';

export interface WorkerInput {
  tenantId: string;
  seed: number;
  count: number;
  batchSize: number;
  tagIds: [string, string][];
  credits: number;
}

export type WorkerMessage =
  | { type: 'batch'; batch: import('./batch-builder').BuiltBatch }
  | { type: 'done'; terms: string[] }
  | { type: 'error'; message: string };

async function run(): Promise<void> {
  const input = workerData as WorkerInput;
  const port = parentPort!;
  let credits = input.credits;
  let wake: (() => void) | null = null;
  port.on('message', (m: { type: string }) => {
    if (m.type === 'credit') {
      credits++;
      wake?.();
      wake = null;
    }
  });
  const builder = new BatchBuilder(input.tenantId, input.seed, input.count, new Map(input.tagIds));
  for (let done = 0; done < input.count;) {
    while (credits === 0) await new Promise<void>((resolve) => { wake = resolve; });
    const size = Math.min(input.batchSize, input.count - done);
    const batch = builder.build(size);
    credits--;
    port.postMessage({ type: 'batch', batch } satisfies WorkerMessage);
    done += size;
  }
  port.postMessage({ type: 'done', terms: [...builder.terms] } satisfies WorkerMessage);
  port.removeAllListeners('message');
}

run().catch((err: unknown) => {
  parentPort?.postMessage({ type: 'error', message: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies WorkerMessage);
});
