import type { Page } from 'playwright-core';
import { normaliseIntl } from './normalise';

/** The first element's visible text, whitespace collapsed and Intl's spaces made plain. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return normaliseIntl((await page.locator(selector).first().innerText()).replace(/\s+/g, ' '));
}
