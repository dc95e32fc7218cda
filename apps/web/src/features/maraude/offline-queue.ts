import { clear, createStore, del, entries, set } from 'idb-keyval';
import { api, unwrap } from '../../api/client';
import { ApiError, describeError } from '../../api/errors';
import type { components } from '../../api/schema';

type EncounterInput = components['schemas']['CreateEncounterDto'];

/** An encounter kept on the device until the API has it. Its key is the request's Idempotency-Key. */
export interface PendingEncounter {
  key: string;
  body: EncounterInput;
  savedAt: string;
  /** Set when the API refused it (a 4xx other than a conflict): it waits for the worker to fix or discard it. */
  refusal?: string;
}

const store = createStore('parcours-offline', 'pending-encounters');
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function onPendingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function pendingEncounters(): Promise<PendingEncounter[]> {
  const all = await entries<string, PendingEncounter>(store);
  return all.map(([, value]) => value).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function keepEncounter(body: EncounterInput): Promise<PendingEncounter> {
  const pending: PendingEncounter = { key: crypto.randomUUID(), body, savedAt: new Date().toISOString() };
  await set(pending.key, pending, store);
  changed();
  return pending;
}

export async function discardEncounter(key: string): Promise<void> {
  await del(key, store);
  changed();
}

/** What is kept on the device goes with the session. */
export async function clearOfflineData(): Promise<void> {
  await clear(store);
  changed();
}

let sending: Promise<number> | null = null;

/**
 * Sends what waits, oldest first. A replay of the same key never creates a second encounter:
 * the API answers it with the first result. Resolves to the number sent.
 */
export function sendPending(): Promise<number> {
  sending ??= (async () => {
    let sent = 0;
    try {
      for (const pending of await pendingEncounters()) {
        if (pending.refusal) continue;
        try {
          unwrap(await api.POST('/api/maraude-encounters', { body: pending.body, params: { header: { 'Idempotency-Key': pending.key } } }));
          await del(pending.key, store);
          sent += 1;
        } catch (error) {
          if (
            !(error instanceof ApiError) ||
            error.isNetwork ||
            error.status >= 500 ||
            error.status === 401 ||
            error.status === 409 ||
            error.status === 429
          )
            break;
          await set(pending.key, { ...pending, refusal: describeError(error) }, store);
        }
      }
    } finally {
      sending = null;
      changed();
    }
    return sent;
  })();
  return sending;
}
