import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexResponse } from '../../data/contract';
import type { ProfileResponse } from '../../data/contract/api';
import type { StandsOutResponse } from '../../data/contract/stands-out';
import { ARTIFACTS_DIR } from '../support/paths';
import { localitySessionForFile } from './support/locality-session';
import { normaliseIntl } from './support/normalise';

/** What Gnosjö's locality view answers before any scrolling, and that it holds for two other municipalities. */
const locality = localitySessionForFile('e2e-locality-overview-web');

describe('locality view, first screen: header, index rank, commuting and what stands out', () => {
  it('shows the real population of 2024 with its source in the header', async () => {
    const header = await locality.text('[data-testid="header-population"]');
    expect(header).toContain('9 131');
    expect(header).toContain('2024');
    expect(header).toContain('BE0101');
    expect(await locality.text('h1')).toContain('Gnosjö');
    expect(await locality.text('.locality-facts')).toContain('Gislaved-Gnosjö');
  });

  it('puts the index rank with its robustness interval on the first screen, as the API computes them', async () => {
    const index = await locality.apiJson<IndexResponse>('/api/index');
    const rank = index.result.rows.find((row) => row.code === '0617')?.rank;
    const interval = index.robustness?.intervals['0617'];
    expect(rank).toBeGreaterThan(0);
    await locality.page.waitForSelector('[data-testid="header-index"] a[href="#index"]', { timeout: 60_000 });
    await locality.page.waitForFunction(
      () => /\d+–\d+/.test(document.querySelector('[data-testid="header-index"]')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    const fact = await locality.text('[data-testid="header-index"]');
    expect(fact).toContain(`${rank} av ${index.result.n}`);
    expect(fact).toContain(`rang ${interval?.p5}–${interval?.p95} i 90 % av robusthetsdragningarna`);
  });

  it('shows the derived commuting counts the API computes, and says that flows are missing here', async () => {
    const profile = await locality.apiJson<ProfileResponse>('/api/municipalities/0617');
    const net = profile.commuting.net;
    expect(net).not.toBeNull();
    const shown = await locality.text('[data-figure="net"]');
    expect(shown).toContain(`+${normaliseIntl(Math.round(net!.value).toLocaleString('sv-SE'))}`);
    expect(shown).toContain(String(net!.year));
    expect(await locality.text('#commuting .honest-note')).toContain('Norrbotten');
  });

  it.each(['0617', '2104', '2584'])(
    'shows on the first screen (1400x900) at least three strengths and three weaknesses for %s, each with source',
    async (code) => {
      await locality.page.setViewportSize({ width: 1400, height: 900 });
      await locality.page.goto(`${locality.origin}/kommun/${code}`);
      await locality.page.waitForSelector('[data-testid="stands-out-strengths"] li');
      const expected = await locality.apiJson<StandsOutResponse>(`/api/municipalities/${code}/stands-out`);
      for (const kind of ['strengths', 'weaknesses'] as const) {
        const items = locality.page.locator(`[data-testid="stands-out-${kind}"] li`);
        expect(await items.count()).toBeGreaterThanOrEqual(3);
        expect(await items.count()).toBe(expected[kind].length);
        for (const [index, item] of expected[kind].entries()) {
          const shown = await items.nth(index).innerText();
          expect(shown).toContain(item.indicator.title.sv);
          expect(shown).toContain(`Källa: `);
          expect(shown).toContain(item.source.table);
          expect(shown).toContain(String(item.year));
        }
        // The first item is on the first screen.
        const box = await items.first().boundingBox();
        expect(box!.y + box!.height).toBeLessThanOrEqual(900);
      }
      expect(await locality.text('.stands-out-rule')).toContain('0,5 standardavvikelser');
      // With the theme groups and detail sections closed, the whole page is at most three screens tall.
      await locality.page.waitForSelector('[data-testid="reach-answer"]');
      const height = await locality.page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(3 * 900);
      if (code === '0617') {
        await locality.page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-0617-first-screen.png') });
        await locality.page.screenshot({
          path: path.join(ARTIFACTS_DIR, 'locality-0617-full.png'),
          fullPage: true,
        });
        await locality.page.setViewportSize({ width: 1920, height: 1080 });
        await locality.page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-0617-projector.png') });
        await locality.page.setViewportSize({ width: 360, height: 740 });
        await locality.page.screenshot({
          path: path.join(ARTIFACTS_DIR, 'locality-0617-phone.png'),
          fullPage: true,
        });
      }
      await locality.page.setViewportSize({ width: 1280, height: 720 });
    },
  );

  it('never asked anything of another origin', () => {
    expect(locality.offsite.attempted).toEqual([]);
  });
});
