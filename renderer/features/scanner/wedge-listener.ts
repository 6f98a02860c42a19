import {
  createWedgeDetector,
  type WedgeDecision,
  type WedgeScan,
  type WedgeSettings,
} from '../../../shared/domain/scanner-wedge';
import type { LocalizedText } from '../../../shared/api/result';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Input types a person types text into (and a scanner's keys would land in). */
const TEXT_INPUTS = new Set(['text', 'search', 'tel', 'email', 'url', 'password', 'number', '']);

function textField(target: EventTarget | null): TextField | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)) return target;
  return null;
}

function isEditable(target: EventTarget | null): boolean {
  return textField(target) !== null || (target instanceof HTMLElement && target.isContentEditable);
}

/**
 * Sets a field the way typing would, so React's onChange sees it: through the prototype's
 * value setter (React watches the element's own), then an input event.
 */
function setFieldValue(field: TextField, value: string, caret: number): void {
  Reflect.set(Object.getPrototypeOf(field) as object, 'value', value, field);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  // number inputs have no selection.
  if (field.type !== 'number') field.setSelectionRange(caret, caret);
}

interface Snapshot {
  field: TextField;
  value: string;
  caret: number;
}

export interface WedgeListenerEvents {
  onScan(scan: WedgeScan): void;
  /** A scan that could not be read; `read` is what arrived, for the message. */
  onError(error: LocalizedText, read: string | undefined): void;
}

/**
 * Listens to every keydown at window level, in the capture phase (before any field sees it),
 * and follows the detector's decisions. Keys typed into a field are never held back, so
 * typing is never delayed or reordered (an input method's bursts included); a burst that
 * proves to be a scan is taken back out of the field. Outside fields, a scan's keys are held
 * back so they trigger nothing, and given back if they were a person's after all.
 * Returns the function that stops listening.
 */
export function listenForWedgeScans(
  settings: Partial<WedgeSettings>,
  events: WedgeListenerEvents,
): () => void {
  const detector = createWedgeDetector(settings);
  const replayed = new WeakSet<Event>();
  let snapshot: Snapshot | null = null;
  let timer: number | undefined;

  const release = (text: string, target: EventTarget | null) => {
    const field = textField(document.activeElement);
    if (field) {
      // A prefix character typed by a person, then held: it goes in where the caret is.
      const start = field.selectionStart ?? field.value.length;
      const end = field.selectionEnd ?? start;
      setFieldValue(
        field,
        field.value.slice(0, start) + text + field.value.slice(end),
        start + text.length,
      );
      return;
    }
    // Held back outside a field: hand the keys on as the page would have had them.
    for (const key of text) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      replayed.add(event);
      (target ?? window).dispatchEvent(event);
    }
  };

  const apply = (decision: WedgeDecision, event: KeyboardEvent | null) => {
    if (decision.snapshot && event) {
      const field = textField(event.target);
      snapshot = field
        ? { field, value: field.value, caret: field.selectionStart ?? field.value.length }
        : null;
    }
    if (decision.swallow && event) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (decision.restoreField && snapshot) {
      setFieldValue(snapshot.field, snapshot.value, snapshot.caret);
    }
    if (decision.release) release(decision.release, event?.target ?? null);
    if (decision.scan || decision.error) snapshot = null;
    if (decision.scan) events.onScan(decision.scan);
    if (decision.error) events.onError(decision.error, decision.read);
  };

  // Key times are when the keyboard sent them; a busy page handles them later. Silence is
  // counted from when the last key was handled, in the keys' own clock.
  let lastKey = { time: 0, handledAt: 0 };
  const keyClock = () => lastKey.time + (performance.now() - lastKey.handledAt);
  const schedule = () => {
    window.clearTimeout(timer);
    const deadline = detector.deadline();
    if (deadline === null) return;
    timer = window.setTimeout(
      () => {
        apply(detector.tick(keyClock()), null);
        schedule();
      },
      Math.max(0, deadline - keyClock()),
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (replayed.has(event)) return;
    lastKey = { time: event.timeStamp, handledAt: performance.now() };
    const decision = detector.feed({
      key: event.key,
      time: event.timeStamp,
      inTextField: isEditable(event.target),
      shortcut: event.ctrlKey || event.altKey || event.metaKey,
    });
    apply(decision, event);
    schedule();
  };

  window.addEventListener('keydown', onKeyDown, { capture: true });
  return () => {
    window.removeEventListener('keydown', onKeyDown, { capture: true });
    window.clearTimeout(timer);
    detector.reset();
  };
}
