import type { Page } from 'playwright-core';

/**
 * The elements (of `selector`, default all of the page) that reach past the right edge of the screen, as
 * "TAG.class", leaving out those inside a table's own scroll box (`.table-scroll`), which may be wider.
 */
export function pastTheScreenEdge(page: Page, selector = 'body *'): Promise<string[]> {
  return page.evaluate(
    (chosen) =>
      [...document.querySelectorAll(chosen)]
        .filter(
          (e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.table-scroll'),
        )
        .map((e) => `${e.tagName}.${e.className}`),
    selector,
  );
}
