// The session token, kept in localStorage under `es.token`. Components read it through
// `useSyncExternalStore(tokenStore.subscribe, tokenStore.get)` so every part of the app sees the same value.

const STORAGE_KEY = 'es.token';

type Listener = () => void;

/** Why the last session ended: the person signed out, or the server refused the token. */
export type SessionEndReason = 'signed-out' | 'expired';
const listeners = new Set<Listener>();

function read(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (privacy mode); the app then works without a remembered session.
    return null;
  }
}

let current: string | null = read();
let endReason: SessionEndReason | null = null;

function emit(): void {
  for (const listener of listeners) listener();
}

export const tokenStore = {
  key: STORAGE_KEY,

  get(): string | null {
    return current;
  },

  set(token: string): void {
    current = token;
    endReason = null;
    try {
      window.localStorage.setItem(STORAGE_KEY, token);
    } catch {
      // Keep the token in memory only.
    }
    emit();
  },

  clear(reason: SessionEndReason = 'signed-out'): void {
    current = null;
    endReason = reason;
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored.
    }
    emit();
  },

  /** Why the token was last cleared in this tab (null if it never was, or a new one was set since). */
  endReason(): SessionEndReason | null {
    return endReason;
  },

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Another tab signed in or out: follow it, so two tabs never act as different accounts.
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY && event.key !== null) return;
  const next = read();
  if (next === current) return;
  current = next;
  endReason = next ? null : 'signed-out';
  emit();
});
