import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowsResponse } from '../../data/contract/api';
import { ARTIFACTS_DIR } from '../support/paths';
import { localitySessionForFile } from './support/locality-session';
import { normaliseIntl } from './support/normalise';
import { pdfFirstPageToPng, pdfPageCount, pdfText } from './support/pdf';

/** The locality page as a whole: axe-core, the A4 brief, the English page, a Norrbotten page and a wrong code. */
const locality = localitySessionForFile('e2e-locality-brief-and-page-web');

describe('locality page: accessibility, printed brief, English, flows and an unknown code', () => {
  it('has no serious or critical accessibility violations', async () => {
    // Only violations are collected: the page has thousands of nodes, and passes are not needed here.
    const results = await new AxeBuilder({ page: locality.page })
      .options({ resultTypes: ['violations'] })
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('prints a one- or two-page A4 brief with the key figures and the map on page 1', async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await locality.page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-0617.png') });
    const snapshot = await locality.page.locator('.print-brief .brief-map').getAttribute('src');
    expect(snapshot?.startsWith('data:image/png;base64,')).toBe(true);
    expect(snapshot!.length).toBeGreaterThan(5000);
    const pdfPath = path.join(ARTIFACTS_DIR, 'locality-0617-brief.pdf');
    await locality.page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const pages = pdfPageCount(pdfPath);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const firstPage = pdfText(pdfPath, [1, 1]);
    expect(firstPage).toContain('Lokal sammanfattning: Gnosjö');
    expect(firstPage).toContain('9 131');
    // The key figures follow what stands out, on the first page or the second.
    const allPages = pdfText(pdfPath);
    expect(allPages).toContain('Nyckeltal');
    // The brief follows the first screen: population with its trend, what stands out, the reach as an estimate.
    expect(firstPage).toMatch(/Folkmängd 9 131 \(2024, 31 dec\), [+-]?\d+,\d % sedan \d{4}/);
    expect(firstPage).toContain('Sticker ut jämfört med liknande kommuner');
    expect(firstPage).toContain('Styrkor');
    expect(firstPage).toContain('Svagheter');
    expect(firstPage).toMatch(/Räckvidd\s+Uppskattning/);
    // The link back to the live view wraps inside its narrow column, so compare it without whitespace.
    expect(firstPage.replace(/\s+/g, '')).toContain(
      `${locality.origin.replace(/^https?:\/\//, '')}/kommun/0617`,
    );
    pdfFirstPageToPng(pdfPath, path.join(ARTIFACTS_DIR, 'locality-0617-brief-page1'), 80);
  });

  it('speaks English, brief included, when the link says lang=en', async () => {
    await locality.openLocality('?lang=en');
    expect(await locality.text('[data-testid="header-population"]')).toContain('Population 9,131');
    expect(await locality.page.getByRole('button', { name: 'Print brief' }).count()).toBe(1);
    expect(await locality.page.locator('.print-brief h1').textContent()).toBe('Locality brief: Gnosjö');
  });

  it('shows top origins and destinations where flows exist (Luleå, Norrbotten)', async () => {
    const flows = await locality.apiJson<FlowsResponse>('/api/flows?municipality=2580&direction=both');
    if (flows.coverage !== 'flows') throw new Error('the snapshot has flows for Luleå');
    const topIn = flows.features
      .filter((f) => f.properties.direction === 'in' && f.properties.origin !== '2580')
      .sort((a, b) => b.properties.persons - a.properties.persons)[0]!;
    await locality.page.goto(`${locality.origin}/kommun/2580`);
    const origins = locality.page.locator('#commuting table').first();
    await origins.waitFor({ timeout: 60_000 });
    expect(await origins.locator('caption').innerText()).toBe('Varifrån inpendlarna kommer');
    const firstRow = normaliseIntl(await origins.locator('tbody tr').first().innerText());
    expect(firstRow).toContain(topIn.properties.originName);
    expect(firstRow).toContain(normaliseIntl(topIn.properties.persons.toLocaleString('sv-SE')));
    expect(await locality.page.locator('#commuting .honest-note').count()).toBe(0);
  });

  it('says so when the municipality code does not exist', async () => {
    await locality.page.goto(`${locality.origin}/kommun/9999`);
    await locality.page.getByRole('alert').waitFor({ timeout: 60_000 });
    expect(await locality.page.getByRole('alert').innerText()).toBe('Kommunen 9999 finns inte.');
  });

  it('never asked anything of another origin', () => {
    expect(locality.offsite.attempted).toEqual([]);
  });
});
