/**
 * The index slider drag (issue 13 §8, measured as issue 17 defines a slider drag): a pillar weight moves one step
 * per animation frame, and each step recomputes the index for 290 municipalities and re-colours the map, against
 * the bare page re-colouring every frame (its year-slider run in the same context, `sliderDrag` in web-measure).
 */
import type { Page } from 'playwright-core';
import { ROBUSTNESS_REPLY } from './web-index-draws';
import { SLIDER_FRAMES, settle, type BenchWindow, type SliderRun } from './web-measure';

/** Open index mode in `page`, wait until it is at rest, then drag the housing weight frame by frame. */
export async function indexSliderDrag(page: Page, origin: string): Promise<SliderRun> {
  await openIndexMode(page, origin);
  return dragIndexWeight(page);
}

export async function openIndexMode(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/?mode=index`);
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:first-coloured-map').length > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  await page.locator('input[data-pillar="housing"]').waitFor();
  // At rest, as the bare page's drag (its baseline) starts at rest: the overlays loaded after the first map and
  // the first robustness run's answer otherwise land in the drag's first frames, which no hand on a slider meets.
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, ROBUSTNESS_REPLY, {
    timeout: 120_000,
  });
  await settle(page, 'dashboard');
}

/** The drag itself, in an open index mode (the traced run traces only this). */
export function dragIndexWeight(page: Page): Promise<SliderRun> {
  return page.evaluate(async (frames) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const slider = document.querySelector<HTMLInputElement>('input[data-pillar="housing"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = Number(slider.value);
    const step = (i: number) => {
      // Up and down around the default by 0.1 per frame: every frame a new weight, never the slider's ends.
      const offset = i % 20 < 10 ? i % 20 : 20 - (i % 20);
      setValue.call(slider, (start + 0.1 * (offset + 1)).toFixed(1));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // A drag holds the pointer down from its first step to its last, as a hand on the slider does (and as the
    // year-slider drag does): letting go hands the weights to the URL, the table and the robustness run.
    const pointer = (type: string) => slider.dispatchEvent(new PointerEvent(type, { bubbles: true }));
    await frame();
    const started = performance.now();
    pointer('pointerdown');
    for (let i = 0; i < frames; i++) {
      step(i);
      await frame();
    }
    pointer('pointerup');
    // Done when the colouring of the last step is drawn: the end of the map's one measure for the drag.
    const deadline = performance.now() + 30_000;
    const dragEnd = () => {
      const drag = performance
        .getEntriesByName('atlas:drag-drawn')
        .find((e) => e.startTime + e.duration >= started);
      return drag ? drag.startTime + drag.duration : null;
    };
    let ended = dragEnd();
    while (ended === null) {
      if (performance.now() > deadline) throw new Error('index weight drag never drawn');
      await frame();
      ended = dragEnd();
    }
    return (window as unknown as BenchWindow).__benchSliderRun(started, ended, frames);
  }, SLIDER_FRAMES);
}
