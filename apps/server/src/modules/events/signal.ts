/** A tiny in-process "something may be ready" signal (e.g. new webhook deliveries to pick up now). */
export class Signal {
  private readonly listeners = new Set<() => void>();

  on(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(): void {
    for (const l of this.listeners) l();
  }
}
