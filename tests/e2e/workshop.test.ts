import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { ARTIFACTS_DIR, TEST_BUILD_DIR } from '../support/paths';
import { isolatedContext, launchChromium, type LaunchedBrowser } from './support/browser';
import { buildWeb } from './support/bundle-web';
import { normaliseIntl } from './support/normalise';
import { pdfFirstPageToPng, pdfText } from './support/pdf';

const XSS = '<img src=x onerror=alert(1)>';
const store = new SqliteWorkshopStore(':memory:');

let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let page: Page;
let editToken = '';
const dialogs: string[] = [];
const requests: Request[] = [];

beforeAll(async () => {
  const webDir = await buildWeb('e2e-workshop-web');
  const app = createApp({ buildDir: TEST_BUILD_DIR, webDir, workshopStore: store });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  launched = await launchChromium();
  const { context } = await isolatedContext(launched.browser, origin);
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request));
});

afterAll(async () => {
  await launched?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await store.close();
});

const entryForm = () => page.locator('form.entry-form');

async function addEntry(kind: string, text: string, options: { indicator?: string; owner?: string } = {}) {
  const before = await page.locator('li.entry').count();
  await entryForm().locator('select[name="kind"]').selectOption(kind);
  await entryForm().locator('textarea[name="text"]').fill(text);
  if (options.indicator)
    await entryForm().locator('select[name="indicator"]').selectOption(options.indicator);
  else await entryForm().locator('select[name="indicator"]').selectOption('');
  if (options.owner) await entryForm().locator('select[name="owner"]').selectOption({ label: options.owner });
  await entryForm().locator('button[type="submit"]').click();
  await page.waitForFunction((n) => document.querySelectorAll('li.entry').length > n, before);
}

function entry(text: string) {
  return page.locator('li.entry', { has: page.locator('.entry-text', { hasText: text }) });
}

describe('a workshop for Gnosjö in the browser', () => {
  it('creates the workshop and opens it through the edit link', async () => {
    await page.goto(`${origin}/workshop`);
    await page.locator('input[name="title"]').fill('Kompetensverkstad Gnosjö');
    await page.locator('select[name="municipality"]').selectOption('0617');
    await page.getByRole('button', { name: 'Lägg till kommun' }).click();
    await page.locator('input[name="organisation-0"]').fill('Gnosjö kommun');
    await page.getByRole('button', { name: 'Lägg till organisation' }).click();
    await page.locator('input[name="organisation-1"]').fill('Gjuteriet i Gnosjö');
    await page.getByRole('button', { name: 'Skapa verkstad' }).click();

    const editLink = await page.getByTestId('edit-link').innerText();
    expect(editLink).toMatch(/\/workshop\/[A-Za-z0-9_-]{22}#edit=[A-Za-z0-9_-]{43}$/);
    editToken = editLink.split('#edit=')[1] ?? '';
    await page.getByRole('link', { name: 'Öppna verkstaden' }).click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Kompetensverkstad Gnosjö');
    await expect.poll(() => page.locator('.workshop-locality').innerText()).toBe('Gnosjö');
    expect(await page.locator('.mode-edit').count()).toBe(1);
  });

  it('records obstacles in cycle 1, links one to the housing balance and sorts by dot votes', async () => {
    await page.waitForSelector('select[name="indicator"] option[value="housing_market_balance|0617"]', {
      state: 'attached',
    });
    await addEntry('obstacle', 'Brist på hyresrätter för nyanställda', {
      indicator: 'housing_market_balance|0617',
    });
    await addEntry('obstacle', 'Långa avstånd till yrkesutbildning');
    await addEntry('challenge', XSS);

    const linkText = normaliseIntl(await entry('Brist på hyresrätter').locator('.entry-links').innerText());
    expect(linkText).toContain('Boverket');
    expect(linkText).toMatch(/\(20\d\d;/);

    const voteFor = (text: string) => page.getByRole('button', { name: `Ge en röst till "${text}"` });
    await voteFor('Långa avstånd till yrkesutbildning').click();
    await expect.poll(() => entry('Långa avstånd').getByTestId('vote-count').innerText()).toBe('1 röster');
    await voteFor('Långa avstånd till yrkesutbildning').click();
    await expect.poll(() => entry('Långa avstånd').getByTestId('vote-count').innerText()).toBe('2 röster');
    await voteFor('Brist på hyresrätter för nyanställda').click();
    await expect
      .poll(() => entry('Brist på hyresrätter').getByTestId('vote-count').innerText())
      .toBe('1 röster');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'workshop-cycle1.png'), fullPage: true });
    const obstacles = await page.locator('.entry-group-obstacle .entry-text').allInnerTexts();
    expect(obstacles).toEqual(['Långa avstånd till yrkesutbildning', 'Brist på hyresrätter för nyanställda']);
  });

  it('corrects the text of an entry in place, keeping its votes', async () => {
    const id = await entry('Långa avstånd till yrkesutbildning').getAttribute('data-entry-id');
    const item = page.locator(`li.entry[data-entry-id="${id}"]`);
    await item.getByRole('button', { name: 'Ändra' }).click();
    await item.getByRole('textbox').fill('Långa avstånd till yrkesutbildning i länet');
    await item.getByRole('button', { name: 'Spara' }).click();
    await expect
      .poll(() => page.locator('.entry-group-obstacle .entry-text').first().innerText())
      .toBe('Långa avstånd till yrkesutbildning i länet');
    expect(await entry('i länet').getByTestId('vote-count').innerText()).toBe('2 röster');
  });

  it('shows a stored <img onerror> as text and runs nothing', async () => {
    expect(await entry(XSS).locator('.entry-text').innerText()).toBe(XSS);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('adds an action with an owner and sees it with the linked indicator when cycle 2 opens', async () => {
    await entryForm().locator('select[name="kind"]').selectOption('action');
    await addEntry('action', 'Kartlägg bostadsbehovet hos företagen', { owner: 'Gnosjö kommun' });
    expect(await entry('Kartlägg bostadsbehovet').locator('.entry-action').innerText()).toContain(
      'Gnosjö kommun',
    );

    await page.getByRole('button', { name: /^Cykel 2/ }).click();
    const since = page.getByTestId('since-last-time');
    await since.waitFor();
    await expect.poll(() => since.innerText()).toContain('Kartlägg bostadsbehovet hos företagen');
    const text = normaliseIntl(await since.innerText());
    const status = since.getByRole('combobox', { name: 'Status: Kartlägg bostadsbehovet hos företagen' });
    expect(await status.inputValue()).toBe('planned');
    await status.selectOption('in_progress');
    await expect.poll(() => status.inputValue()).toBe('in_progress');
    expect(text).toMatch(/Bostadsmarknad|bostadsmarknad/);
    expect(text).toContain('Boverket');
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'workshop-cycle2.png'), fullPage: true });
    expect(new URL(page.url()).searchParams.get('cycle')).toBe('2');
    expect(new URL(page.url()).hash).toBe(`#edit=${editToken}`);
  });

  it('records an outcome with its action and evidence, and asks for evidence first', async () => {
    const register = page.locator('section.outcomes');
    const form = register.locator('form.outcome-form');
    await form.locator('textarea[name="outcomeStatement"]').fill('Fler hyresrätter till nyanställda');
    await form.getByRole('button', { name: 'Lägg till resultat' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('minst ett underlag');
    await form.getByRole('checkbox', { name: 'Kartlägg bostadsbehovet hos företagen' }).check();
    await form.locator('select[name="outcomeIndicator"]').selectOption('housing_market_balance|0617');
    await form.locator('input[name="outcomeCitation"]').fill(XSS);
    await form.getByRole('button', { name: 'Lägg till resultat' }).click();
    const outcome = register.locator('li.outcome');
    await expect.poll(() => outcome.count()).toBe(1);
    const text = normaliseIntl(await outcome.innerText());
    expect(text).toContain('Fler hyresrätter till nyanställda');
    expect(text).toContain('Bidragande åtgärder: Kartlägg bostadsbehovet hos företagen');
    expect(text).toMatch(/Bostadsmarknad|bostadsmarknad/);
    expect(text).toContain(XSS);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    const status = register.getByRole('combobox', { name: 'Status: Fler hyresrätter till nyanställda' });
    await status.selectOption('partly_achieved');
    await expect.poll(() => status.inputValue()).toBe('partly_achieved');
    await register.screenshot({ path: path.join(ARTIFACTS_DIR, 'workshop-outcomes.png') });
    await page.setViewportSize({ width: 360, height: 640 });
    expect(await register.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await register.screenshot({ path: path.join(ARTIFACTS_DIR, 'workshop-outcomes-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    const docx = await page.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('a[href*="report.docx"]');
      const response = await fetch(link?.href ?? '');
      return {
        href: link?.getAttribute('href'),
        type: response.headers.get('content-type'),
        size: (await response.arrayBuffer()).byteLength,
      };
    });
    expect(docx.href).toMatch(/report\.docx\?lang=sv$/);
    expect(docx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.size).toBeGreaterThan(5000);
  });

  it('sent the edit token only in the Authorization header, never in a URL', async () => {
    const writes = requests.filter((r) => r.method() !== 'GET' && r.url().includes('/api/workshops'));
    expect(writes.length).toBeGreaterThan(5);
    for (const request of requests) expect(request.url()).not.toContain(editToken);
    const authorised = await Promise.all(writes.slice(1).map((r) => r.headerValue('authorization')));
    expect(authorised.every((header) => header === `Bearer ${editToken}`)).toBe(true);
  });

  it('prints an A4 final report: purpose, approach, cycles, outcomes, recommendations, data annex', async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.waitForSelector('.workshop-report-root .report-figures tbody tr', { state: 'attached' });
    await page.waitForSelector('.workshop-report-root .report-outcomes li', { state: 'attached' });
    const pdf = path.join(ARTIFACTS_DIR, 'workshop-report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const firstPage = pdfText(pdf, [1, 1]);
    expect(firstPage).toContain('Slutrapport: Kompetensverkstad Gnosjö');
    expect(firstPage).toContain('Syfte');
    const all = pdfText(pdf);
    const order = [
      'Slutrapport: Kompetensverkstad Gnosjö',
      'Syfte',
      'Genomförande',
      'Cykel 1, ',
      'Prioriterade hinder',
      'Åtgärder och status',
      'Resultat',
      'Rekommendationer till beslutsfattare',
      'Bilaga: siffror som används',
    ].map((heading) => all.indexOf(heading));
    expect(
      order.every((p) => p >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(all.indexOf('Långa avstånd till yrkesutbildning')).toBeLessThan(
      all.indexOf('Brist på hyresrätter för nyanställda'),
    );
    expect(all).toMatch(/Kartlägg bostadsbehovet hos företagen.*Ansvarig: Gnosjö kommun.*Pågår/);
    expect(all).toMatch(/Fler hyresrätter till nyanställda \(Delvis uppnått\)/);
    // Stored markup is printed as the characters it is.
    expect(all).toContain(XSS);
    expect(all).toMatch(/Gnosjö\s+9 131 personer\s+2024/);
    expect(all).not.toContain('Ny anteckning');
    pdfFirstPageToPng(pdf, path.join(ARTIFACTS_DIR, 'workshop-report-page1'), 70);
  });

  it('switches to English without losing edit rights, and the report follows the language', async () => {
    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('since-last-time').locator('h3').innerText())
      .toBe('Since last time (cycle 1)');
    expect(await page.locator('.mode-edit').innerText()).toBe('You can write in this workshop.');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#edit=${editToken}`);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    const report = page.locator('.workshop-report-root');
    expect(await report.locator('h1').textContent()).toBe('Final report: Kompetensverkstad Gnosjö');
    expect(await report.locator('h2').first().textContent()).toBe('Purpose');
    expect(await report.locator('.report-outcomes li').first().textContent()).toContain('(Partly achieved)');
  });

  it('has no serious or critical accessibility violations (axe) in the editing view', async () => {
    const results = await new AxeBuilder({ page })
      .include('main')
      .options({ resultTypes: ['violations'] })
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
