import { useEffect, useState } from 'react';
import { onPendingChange, pendingEncounters, sendPending, type PendingEncounter } from './offline-queue';

/** What waits on the device, kept current; sends it when the network comes back and every 30 s. */
export function usePendingEncounters(onSent: () => void): PendingEncounter[] {
  const [pending, setPending] = useState<PendingEncounter[]>([]);
  useEffect(() => {
    const reload = () => void pendingEncounters().then(setPending);
    const send = () =>
      void sendPending().then((sent) => {
        if (sent > 0) onSent();
      });
    reload();
    send();
    const unsubscribe = onPendingChange(reload);
    window.addEventListener('online', send);
    const timer = window.setInterval(send, 30_000);
    return () => {
      unsubscribe();
      window.removeEventListener('online', send);
      window.clearInterval(timer);
    };
  }, [onSent]);
  return pending;
}
