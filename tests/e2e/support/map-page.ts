import type { Page } from 'playwright-core';
import { waitForMap } from './browser';

/** Screen position of a [lon, lat] on the planner map (through the map's own projection). */
export async function screenPointOf(
  page: Page,
  lonLat: readonly [number, number],
): Promise<{ x: number; y: number }> {
  return page.evaluate(([lon, lat]) => window.__atlas!.screenPoint(lon!, lat!), [lonLat[0], lonLat[1]]);
}

export async function clickLonLat(page: Page, lonLat: readonly [number, number]): Promise<void> {
  const point = await screenPointOf(page, lonLat);
  await page.mouse.click(point.x, point.y);
}

/** Fill colour per municipality as the map holds it in feature-state. */
export async function fillsOf(page: Page, codes: readonly string[]): Promise<(string | null)[]> {
  return page.evaluate((list) => list.map((code) => window.__atlas!.fillOf(code)), [...codes]);
}

export async function openPlanner(page: Page, origin: string, query = ''): Promise<string> {
  await page.goto(`${origin}/${query}`);
  return waitForMap(page);
}

export function queryOf(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Before a screenshot: wait until overlays, hatching and highlight (added after the first colouring) are drawn. */
export async function waitForOverlays(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__atlas?.overlaysDrawn === true, null, { timeout: 30_000 });
  await page.waitForTimeout(300);
}

/**
 * The ranking table follows the map in a deferred render (the map is re-coloured first): wait until it shows
 * `indicator` (for `year` and `sex` when given), title and cells together.
 */
export async function waitForTable(
  page: Page,
  indicator: string,
  { year, sex = 'total' }: { year?: number; sex?: string } = {},
): Promise<void> {
  const shows = year === undefined ? `${indicator}:` : `${indicator}:${year}:${sex}`;
  await page.waitForFunction(
    ([prefix, wanted]) => {
      const table = document.querySelector<HTMLElement>('section.ranking[data-shows]');
      const shown = table?.dataset['shows'] ?? '';
      return wanted ? shown === prefix : shown.startsWith(prefix!);
    },
    [shows, year !== undefined] as const,
    { timeout: 15_000 },
  );
}

/** Moves the year slider to `position` as an input does (a step of a drag when a pointer is down); its year. */
export async function stepSlider(page: Page, position: number): Promise<string | null> {
  return page.evaluate((at) => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="year-slider"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(slider, String(at));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    return slider.getAttribute('aria-valuetext');
  }, position);
}

/** A pointer pressed on (`pointerdown`) or let go of (`pointerup`) the year slider. */
export async function pointerOnSlider(page: Page, type: 'pointerdown' | 'pointerup'): Promise<void> {
  await page.evaluate(
    (name) =>
      document
        .querySelector('[data-testid="year-slider"]')!
        .dispatchEvent(new PointerEvent(name, { bubbles: true })),
    type,
  );
}

/**
 * Near-black pixels of the page within `half` px of `point`: the selection and hover outline (#000000) is the
 * only black the map draws (county lines are #4a4a4a, the darkest fill #440154). Decoded in the page, which
 * has a PNG decoder, from a screenshot of what the user sees.
 */
export async function blackPixelsNear(
  page: Page,
  point: { x: number; y: number },
  half = 60,
): Promise<number> {
  const png = await page.screenshot({
    clip: {
      x: Math.max(0, point.x - half),
      y: Math.max(0, point.y - half),
      width: 2 * half,
      height: 2 * half,
    },
  });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let black = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) < 24) black++;
    return black;
  }, png.toString('base64'));
}
