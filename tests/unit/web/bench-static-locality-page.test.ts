import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ObservationFile } from '../../../data/contract';
import type { StandsOutResponse } from '../../../data/contract/stands-out';
import { formatNumber } from '../../../data/format/format-value';
import {
  LOCALITY_CODE,
  STATIC_LOCALITY_PATH,
  writeStaticLocalityPage,
} from '../../../scripts/bench/web-locality';
import { app, buildFile, getJson } from '../api/app-fixture';

const observations = buildFile<ObservationFile>('observations.json');
const built = (indicator: string, year: number) =>
  observations.find((s) => s.indicator === indicator && s.year === year)?.municipalities[LOCALITY_CODE];
/** Page text with tags dropped and every run of spaces (formatNumber's U+00A0 too) as one space. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0]+/g, ' ');

describe("the bench's static locality page (the baseline of the locality first-screen row)", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-static-locality-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  await writeStaticLocalityPage((url) => Promise.resolve(app.request(url)), dir);
  const html = readFileSync(path.join(dir, STATIC_LOCALITY_PATH), 'utf8');
  const scriptSrc = /<script src="([^"]+)"><\/script>\s*<\/body>/.exec(html)?.[1];

  it('shows the population the build holds for its latest year, with that year and source', () => {
    const latestYear = Math.max(
      ...observations.filter((s) => s.indicator === 'population_total').map((s) => s.year),
    );
    const value = built('population_total', latestYear);
    expect(value).toBeGreaterThan(0);
    expect(text(html)).toContain(`${text(formatNumber(value!, 'sv'))} (${latestYear}) SCB, BE0101`);
    expect(text(html)).toContain('Gnosjö 0617');
  });

  it('lists what stands out with the values the build holds for those years', async () => {
    const { body } = await getJson<StandsOutResponse>(
      `/api/municipalities/${LOCALITY_CODE}/stands-out?group=peers`,
    );
    const items = [...body.strengths, ...body.weaknesses, ...body.notable];
    const fromObservations = items.filter((i) => built(i.indicator.id, i.year) !== undefined);
    expect(fromObservations.length).toBeGreaterThan(0);
    for (const item of fromObservations) {
      expect(item.value).toBe(built(item.indicator.id, item.year));
      const shown = formatNumber(item.value, 'sv', Number.isInteger(item.value) ? 0 : 1);
      expect(text(html)).toContain(`${item.indicator.title.sv}: ${text(shown)} (${item.year})`);
    }
  });

  it('sets the first-screen mark from a same-origin script after the last element (the CSP blocks inline ones)', () => {
    expect(html).not.toMatch(/<script>/);
    expect(scriptSrc).toBe(`/bench-locality-${LOCALITY_CODE}.js`);
    const script = readFileSync(path.join(dir, scriptSrc!), 'utf8');
    expect(script).toContain(
      `performance.mark("atlas:first-screen-complete", { detail: "${LOCALITY_CODE}" })`,
    );
  });
});
