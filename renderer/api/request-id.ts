import { useCallback, useState } from 'react';

/**
 * A fresh id for one write that moves money or stock. getRandomValues works on a plain-HTTP
 * LAN page too, where crypto.randomUUID is not available.
 */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The request id of the write a form is about to make: the same on every retry (a lost reply
 * is answered from the backend's log, not done twice), a new one once the write succeeded.
 */
export function useRequestId(): { requestId: string; done: () => void } {
  const [requestId, setRequestId] = useState(newRequestId);
  const done = useCallback(() => setRequestId(newRequestId()), []);
  return { requestId, done };
}
