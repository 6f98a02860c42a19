import type { EventName, Events } from '../../shared/api';

export interface EventTarget {
  /** Deliver only to this user's sessions; everyone signed in when absent. */
  userId?: number;
  /** Except this session (the one that caused the event). */
  exceptSession?: string;
}

type Listener = <E extends EventName>(event: E, payload: Events[E], target: EventTarget) => void;

/** Backend → client events; the transports forward them to the sessions they serve. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: Events[E], target: EventTarget = {}): void {
    for (const listener of this.listeners) listener(event, payload, target);
  }
}
