import { beforeAll } from 'vitest';

// The extension's unit files share one happy-dom window per worker (isolate: false): each file starts from an
// empty page, as a fresh tab would, so what one file drew (an overlay, marks) is not in the next one's document.
beforeAll(() => {
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
});
