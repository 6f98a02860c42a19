/** The dialog Escape should close: the one holding focus, else the last one opened. */
function topDialog(): HTMLElement | null {
  const open = [...document.querySelectorAll<HTMLElement>('[role="dialog"][aria-modal="true"]')];
  if (open.length < 2) return null;
  return open.find((dialog) => dialog.contains(document.activeElement)) ?? open.at(-1) ?? null;
}

/**
 * Space and Enter press every control. Browsers tick a checkbox or radio only with Space and
 * follow a link only with Enter; staff use either, so the other key does the same.
 * Escape closes only the dialog on top (a PDF opened from a dialog): Mantine's dialogs each
 * listen on the window and would all close at once. Call before any dialog opens.
 * Returns the function that stops listening.
 */
export function listenForKeyboardActivation(): () => void {
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    const top = topDialog();
    if (!top) return;
    event.stopImmediatePropagation();
    top.querySelector<HTMLButtonElement>('.mantine-Modal-close')?.click();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat) return;
    if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
    const target = event.target;
    const tickable =
      target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
    if (event.key === 'Enter' && tickable) {
      event.preventDefault();
      target.click();
    } else if (event.key === ' ' && target instanceof HTMLAnchorElement && target.href) {
      event.preventDefault();
      target.click();
    }
  };
  window.addEventListener('keydown', onEscape, { capture: true });
  window.addEventListener('keydown', onKeyDown);
  return () => {
    window.removeEventListener('keydown', onEscape, { capture: true });
    window.removeEventListener('keydown', onKeyDown);
  };
}
