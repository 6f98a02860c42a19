/** Events the backend pushes to a signed-in client (IPC `on`, or GET /api/events over HTTP). */
export interface Events {
  /** This session was ended elsewhere: an admin deactivated the user or reset the password. */
  'session.ended': { reason: 'deactivated' | 'passwordReset' };
}

export type EventName = keyof Events;
export const EVENT_NAMES: readonly EventName[] = ['session.ended'];
