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
