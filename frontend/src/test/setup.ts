// jsdom lacks matchMedia, which Ant Design's responsive helpers call.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// findBy… and waitFor wait up to 1 s by default; on a busy 2-core machine a
// first Ant Design render can take longer. What the tests check is what
// appears, not how fast.
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 15_000 });
