/** Events the backend pushes to a signed-in client (IPC `on`, or GET /api/events over HTTP). */
export interface Events {
  /**
   * This session was ended elsewhere: an admin deactivated the user or reset the password, or
   * restored a backup (the users may differ).
   */
  'session.ended': { reason: 'deactivated' | 'passwordReset' | 'restored' };
  /**
   * A barcode or QR read by a scanner the backend owns (HID POS or USB-COM); keyboard-wedge
   * scans are detected in the page and take the same shape.
   */
  'scanner.scan': { text: string; via: 'hid' | 'serial' };
}

export type EventName = keyof Events;

/**
 * Reads the complete server-sent events in `buffer` (blocks ending in a blank line); returns
 * them and what is left for the next chunk. One reader for the browser and the workstation.
 */
export function takeServerEvents(buffer: string): {
  events: { event: string; data: unknown }[];
  rest: string;
} {
  const events: { event: string; data: unknown }[] = [];
  let rest = buffer;
  let end;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const event = /^event: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (event && data) events.push({ event, data: JSON.parse(data) as unknown });
  }
  return { events, rest };
}
