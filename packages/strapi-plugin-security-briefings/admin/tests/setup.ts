/**
 * jsdom has no layout: the design system's selects and popovers measure and scroll, so these
 * browser APIs are given harmless stand-ins. Nothing of the plugin is mocked here.
 */
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: (globalThis as any).ResizeObserver ?? NoopResizeObserver });
Element.prototype.scrollIntoView = Element.prototype.scrollIntoView ?? function scrollIntoView() {};
Element.prototype.hasPointerCapture = Element.prototype.hasPointerCapture ?? (() => false);
Element.prototype.releasePointerCapture = Element.prototype.releasePointerCapture ?? (() => {});
Element.prototype.setPointerCapture = Element.prototype.setPointerCapture ?? (() => {});
window.matchMedia =
  window.matchMedia ??
  ((query: string) =>
    ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList);
class NoopIntersectionObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
Object.assign(globalThis, { IntersectionObserver: (globalThis as any).IntersectionObserver ?? NoopIntersectionObserver });
