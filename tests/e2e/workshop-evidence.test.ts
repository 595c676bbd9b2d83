import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { newId } from '../../api/storage/secrets';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import type { CreateWorkshopResponse, Workshop } from '../../data/contract';
import { ARTIFACTS_DIR, TEST_BUILD_DIR } from '../support/paths';
import { isolatedContext, launchChromium, type LaunchedBrowser } from './support/browser';
import { buildWeb } from './support/bundle-web';
import { normaliseIntl } from './support/normalise';

/** Evidence on every card (issue 15 §5): add to workshop, then/now with a series, "now" unavailable, map views. */
const store = new SqliteWorkshopStore(':memory:');
const SHOTS = path.join(ARTIFACTS_DIR, 'screenshots');
let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let page: Page;
let created: CreateWorkshopResponse;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const webDir = await buildWeb('e2e-evidence-web');
  const app = createApp({ buildDir: TEST_BUILD_DIR, webDir, workshopStore: store });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  launched = await launchChromium();
  page = await (await isolatedContext(launched.browser, origin)).context.newPage();
  const response = await fetch(`${origin}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Gnosjö kompetens',
      municipalities: ['0617'],
      cycles: [{ date: '2026-01-20' }],
    }),
  });
  created = (await response.json()) as CreateWorkshopResponse;
  // A link written against an older build whose indicator this build no longer has.
  const cycleId = created.workshop.cycles[0]?.id ?? '';
  const at = '2025-06-01T10:00:00.000Z';
  await store.addEntry(created.workshop.id, {
    id: newId(),
    cycleId,
    kind: 'challenge',
    text: 'Gammal siffra',
    organisationId: null,
    theme: null,
    links: [
      {
        indicatorId: 'retired_indicator',
        municipality: '0617',
        value: 12.5,
        year: 2019,
        source: { id: 'kolada', publisher: 'RKA', table: 'N00000', citation: 'RKA, Kolada N00000' },
        buildId: 'oldbuild1',
        linkedAt: at,
      },
    ],
    action: null,
    authorParticipantId: null,
    buildId: 'oldbuild1',
    createdAt: at,
    updatedAt: at,
  });
}, 240_000);

afterAll(async () => {
  await launched?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await store.close();
});

const text = async (selector: string) =>
  normaliseIntl((await page.locator(selector).first().textContent()) ?? '');

async function addThroughPicker(): Promise<void> {
  await page.locator('.add-to-workshop summary').first().click();
  await page.getByRole('link', { name: /Gnosjö kompetens/ }).click();
  await page.waitForSelector('form.entry-form');
}

describe('evidence on workshop cards', () => {
  it('adds a figure from the locality page: the card shows then, now and the series', async () => {
    await page.goto(`${origin}/workshop/${created.workshop.id}#edit=${created.editToken}`);
    await page.waitForSelector('h1');
    await page.goto(`${origin}/kommun/0617?indicator=population_total`);
    await page.waitForSelector('[data-testid="chosen-indicator"] .add-to-workshop');
    await addThroughPicker();
    expect(await text('[data-testid="prefilled-link"]')).toContain('population_total');
    // The locality page sends a map view too: this indicator and year, Gnosjö's extent, every layer.
    expect(await page.locator('form.entry-form input[name="attachMapView"]').isChecked()).toBe(true);
    expect(await text('form.entry-form .prefilled-map-view')).toContain('2024');
    await page.locator('form.entry-form textarea[name="text"]').fill('Befolkningen minskar');
    await page.locator('form.entry-form button[type="submit"]').click();
    const card = page.locator('li.link-evidence[data-indicator="population_total"]');
    await card.locator('[data-testid="link-now"]').waitFor();
    expect(normaliseIntl((await card.locator('[data-testid="link-then"]').textContent()) ?? '')).toMatch(
      /Då: 9 131 .*2024/,
    );
    expect(normaliseIntl((await card.locator('[data-testid="link-now"]').textContent()) ?? '')).toMatch(
      /Nu: 9 131 .*2024.*SCB/,
    );
    expect(await card.locator('svg.sparkline title').textContent()).toMatch(/1994–2024/);
    await card.locator('summary').click();
    expect(await card.locator('.link-series-table tbody tr').count()).toBe(31);
    expect(
      await text('li.link-evidence[data-indicator="retired_indicator"] [data-testid="link-now"]'),
    ).toContain('inte längre den här indikatorn');
    const stored = (await (await fetch(`${origin}/api/workshops/${created.workshop.id}`)).json()) as Workshop;
    const added = stored.cycles[0]?.entries.find((entry) => entry.text === 'Befolkningen minskar');
    expect(added?.mapView).toMatchObject({
      indicatorId: 'population_total',
      year: 2024,
      sex: 'total',
      layers: ['counties', 'firms', 'flows'],
      selected: '0617',
    });
    // Gnosjö's interior point is near 13.7 E, 57.4 N; the whole municipality fits at a zoom of about 9.
    expect(added?.mapView?.camera?.lon).toBeCloseTo(13.7, 0);
    expect(added?.mapView?.camera?.lat).toBeCloseTo(57.4, 0);
    expect(added?.mapView?.camera?.zoom).toBeGreaterThan(7);
    const axe = await new AxeBuilder({ page }).include('.entry-columns').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    await card.scrollIntoViewIfNeeded();
    await page
      .locator('li.entry', { has: card })
      .screenshot({ path: path.join(SHOTS, 'evidence-card-360.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);

  it('says in English why "now" is unavailable', async () => {
    await page.goto(`${origin}/workshop/${created.workshop.id}?lang=en#edit=${created.editToken}`);
    const unavailable = 'li.link-evidence[data-indicator="retired_indicator"] [data-testid="link-now"]';
    await page.waitForSelector(unavailable);
    expect(await text(unavailable)).toBe(
      'Now: unavailable. The current data build no longer has this indicator.',
    );
    expect(
      await text('li.link-evidence[data-indicator="retired_indicator"] [data-testid="link-then"]'),
    ).toMatch(/Then: 12\.5 \(2019/);
  }, 60_000);

  it('saves the planner map view with an entry and opens the planner in that state', async () => {
    await page.goto(
      `${origin}/?indicator=population_total&year=2023&sel=0617&layers=firms&view=14.1500,57.3600,8.00`,
    );
    await page.waitForSelector('.add-to-workshop');
    await addThroughPicker();
    expect(await page.locator('form.entry-form input[type="checkbox"]').isChecked()).toBe(true);
    await page.locator('form.entry-form textarea[name="text"]').fill('Se kartan');
    await page.locator('form.entry-form button[type="submit"]').click();
    const link = page.locator('li.entry', { hasText: 'Se kartan' }).locator('[data-testid="map-view-link"]');
    await link.waitFor();
    expect(await link.textContent()).toContain('2023');
    await link.click();
    await page.waitForSelector('.add-to-workshop');
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({
      indicator: 'population_total',
      year: '2023',
      sel: '0617',
      layers: 'firms',
      view: '14.1500,57.3600,8.00',
    });
  }, 120_000);

  it("pre-fills the participant's phone form from the locality page, link and map view", async () => {
    const room = (await (
      await fetch(`${origin}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'Gnosjö rummet',
          municipalities: ['0617'],
          cycles: [{ date: '2026-01-20' }],
        }),
      })
    ).json()) as CreateWorkshopResponse;
    const phone = await (await isolatedContext(launched.browser, origin)).context.newPage();
    await phone.goto(`${origin}/workshop/${room.workshop.id}#join=${room.participantToken}`);
    await phone.getByRole('button', { name: 'Gå med' }).click();
    await phone.waitForSelector('form.note-form');
    await phone.goto(`${origin}/kommun/0617?indicator=population_total`);
    await phone.locator('[data-testid="chosen-indicator"] .add-to-workshop summary').click();
    await phone.getByRole('link', { name: /Gnosjö rummet/ }).click();
    const form = phone.locator('form.note-form');
    await form.waitFor();
    await phone.setViewportSize({ width: 360, height: 640 });
    expect(normaliseIntl((await form.locator('[data-testid="prefilled-link"]').textContent()) ?? '')).toBe(
      'Länkas: population_total för Gnosjö',
    );
    expect(await form.locator('input[name="attachMapView"]').isChecked()).toBe(true);
    const axe = await new AxeBuilder({ page: phone }).include('form.note-form').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await form.screenshot({ path: path.join(SHOTS, 'participant-note-prefilled-360.png') });
    await form.locator('textarea[name="text"]').fill('Färre unga stannar');
    await form.getByRole('button', { name: 'Skicka' }).click();
    await expect
      .poll(
        async () => {
          const read = (await (
            await fetch(`${origin}/api/workshops/${room.workshop.id}`)
          ).json()) as Workshop;
          return read.cycles[0]?.entries.find((entry) => entry.text === 'Färre unga stannar') ?? null;
        },
        { timeout: 20_000 },
      )
      .toMatchObject({
        author: { role: 'participant' },
        links: [{ indicatorId: 'population_total', municipality: '0617', value: 9131, year: 2024 }],
        mapView: { indicatorId: 'population_total', year: 2024, selected: '0617' },
      });
    // The form is empty again: the next note carries no link.
    expect(await form.locator('[data-testid="prefilled-link"]').count()).toBe(0);
    await phone.context().close();
  }, 120_000);
});
