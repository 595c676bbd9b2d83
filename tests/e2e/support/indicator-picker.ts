import type { Locator, Page } from 'playwright-core';

/** The planner's indicator combobox (web/planner/IndicatorPicker.tsx). */
export const pickerInput = (page: Page): Locator => page.getByTestId('indicator-input');

/** The id of the indicator the planner shows now. */
export async function pickerValue(page: Page): Promise<string | null> {
  return pickerInput(page).getAttribute('data-value');
}

/**
 * Opens the picker (typing `query` when given, as a user searches) and waits for the option of `id`.
 * Without a query the atlas set is listed first, so every atlas-set id is reachable this way.
 */
export async function openPickerAt(page: Page, id: string, query = ''): Promise<Locator> {
  const input = pickerInput(page);
  await input.click();
  if (query) await input.fill(query);
  const option = page.locator(`[data-testid="indicator-listbox"] [role="option"][data-value="${id}"]`);
  await option.waitFor({ timeout: 30_000 });
  return option;
}

/** Chooses an indicator by clicking its option, as a user would. */
export async function pickIndicator(page: Page, id: string, query = ''): Promise<void> {
  await (await openPickerAt(page, id, query)).click();
}

/** Whether the picker offers `id` for `query` (closing the list again afterwards). */
export async function pickerOffers(page: Page, id: string, query = ''): Promise<boolean> {
  const input = pickerInput(page);
  await input.click();
  if (query) await input.fill(query);
  await page
    .locator('[data-testid="indicator-listbox"] [role="option"]')
    .first()
    .waitFor({ timeout: 30_000 });
  const count = await page.locator(`[role="option"][data-value="${id}"]`).count();
  await input.press('Escape');
  return count > 0;
}
