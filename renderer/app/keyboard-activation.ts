/**
 * Space and Enter press every control. Browsers tick a checkbox or radio only with Space and
 * follow a link only with Enter; staff use either, so the other key does the same.
 * Returns the function that stops listening.
 */
export function listenForKeyboardActivation(): () => void {
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
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
