/** The API said UNAUTHENTICATED in the middle of work: the session expired or was ended elsewhere. */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceSessionExpired(): void {
  for (const l of listeners) l();
}
