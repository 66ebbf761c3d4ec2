/**
 * Brings a form field into view and focuses it. The Content Manager's own `?field=` parameter would do
 * it for simple inputs, but changing the address with unsaved edits opens its "leave the page?" dialog;
 * so the field is found in the page instead: its input, else the nearest enclosing field that is shown
 * (a component not added yet, a repeatable list still empty).
 */
export function focusField(path: (string | number)[]): boolean {
  for (let length = path.length; length > 0; length -= 1) {
    const name = path.slice(0, length).join('.');
    const escaped = CSS.escape(name);
    const target =
      document.querySelector<HTMLElement>(`[name="${escaped}"]:not([type="hidden"])`) ??
      document.querySelector<HTMLElement>(`#${escaped}`) ??
      document.querySelector<HTMLElement>(`label[for="${escaped}"]`);
    if (target) {
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
      target.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}
