import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../data/contract';
import { ARTIFACTS_DIR } from '../support/paths';
import { GNOSJO_ROOM, openAtlasServer, type AtlasServer } from './support/atlas-server';
import { isolatedContext } from './support/browser';
import { pastTheScreenEdge } from './support/screen-edge';

const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');
const XSS = '<img src=x onerror=alert(1)>';
const LIVE = { timeout: 15_000 };

let atlas: AtlasServer | undefined;
let origin: string;
let created: CreateWorkshopResponse;
let facilitator: Page;
let phone: Page;
let phoneContext: BrowserContext;
const dialogs: string[] = [];
let expectedConfirm: string | null = null;

beforeAll(async () => {
  atlas = await openAtlasServer('e2e-workshop-live-web');
  origin = atlas.origin;
  created = await atlas.createWorkshop({
    ...GNOSJO_ROOM,
    // The first cycle has begun, so it is the one the phone opens.
    cycles: [{ date: '2026-01-20' }, { date: '2099-03-24' }],
  });
  const desk = await isolatedContext(atlas.launched.browser, origin);
  facilitator = await desk.context.newPage();
  const mobile = await isolatedContext(atlas.launched.browser, origin, { width: 360, height: 640 });
  phoneContext = mobile.context;
  phone = await phoneContext.newPage();
  for (const page of [facilitator, phone]) {
    page.on('dialog', (dialog) => {
      // A confirmation the test asked for is accepted; any other dialog (an XSS alert) is recorded.
      if (dialog.type() === 'confirm' && dialog.message() === expectedConfirm) {
        expectedConfirm = null;
        void dialog.accept();
        return;
      }
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await atlas?.close();
});

const boardEntry = (text: string) => facilitator.locator('li.entry', { hasText: text });

describe('live workshop room: projector and phone', () => {
  it('the facilitator page connects to the live board', async () => {
    await facilitator.goto(`${origin}${created.links.edit}`);
    await facilitator.locator('.live-status[data-live="live"]').waitFor(LIVE);
  });

  it('a phone joins with the participant link at 360x640 and is axe clean', async () => {
    await phone.goto(`${origin}${created.links.participant}`);
    await phone.getByLabel('Jag kommer från').selectOption({ label: 'Exempelgjuteriet AB' });
    await phone.getByRole('button', { name: 'Gå med' }).click();
    await phone.getByRole('heading', { name: 'Ny anteckning' }).waitFor(LIVE);
    await phone.getByText('Tavlan uppdateras direkt.').waitFor(LIVE);
    const results = await new AxeBuilder({ page: phone }).include('main').analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    // Nothing is wider than the phone: one thumb, no sideways scrolling.
    expect(await pastTheScreenEdge(phone)).toEqual([]);
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'workshop-phone-join.png'), fullPage: true });
  });

  it('a note written on the phone appears on the projector without a reload, as plain text', async () => {
    await phone.getByLabel('Lösning').check();
    await phone.getByLabel('Din anteckning').fill(`Lärlingsplatser i gjuteriet ${XSS}`);
    await phone.getByRole('button', { name: 'Skicka', exact: true }).click();
    await boardEntry('Lärlingsplatser i gjuteriet').waitFor(LIVE);
    expect(await boardEntry('Lärlingsplatser i gjuteriet').textContent()).toContain(XSS);
    expect(dialogs).toEqual([]);
  });

  it("the facilitator's entry reaches the phone, and the phone's dots reach the projector", async () => {
    const form = facilitator.locator('form.entry-form');
    await form.locator('select[name="kind"]').selectOption('obstacle');
    await form.locator('textarea[name="text"]').fill('Få svetsare i regionen');
    await form.locator('button[type="submit"]').click();
    const vote = phone.getByRole('button', { name: 'Ge en prick till "Få svetsare i regionen"' });
    await vote.waitFor(LIVE);
    await vote.click();
    await phone.getByText('Du har 4 av 5 prickar kvar i den här cykeln.').waitFor(LIVE);
    await boardEntry('Få svetsare i regionen').getByText('1 röster').waitFor(LIVE);
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'workshop-phone-360x640.png') });
    await facilitator.screenshot({ path: path.join(SCREENSHOTS, 'workshop-projector.png'), fullPage: true });
  });

  it('a comment written on the phone shows under the entry on the projector live, as plain text', async () => {
    const onPhone = phone.locator('li.vote-item', { hasText: 'Få svetsare i regionen' });
    await onPhone.getByText('Kommentarer (0)').click();
    await onPhone.getByLabel('Kommentera "Få svetsare i regionen"').fill(`Vi har två platser ${XSS}`);
    await onPhone.getByRole('button', { name: 'Skicka kommentar' }).click();
    const onBoard = boardEntry('Få svetsare i regionen').locator('li.comment', {
      hasText: 'Vi har två platser',
    });
    await onBoard.waitFor(LIVE);
    expect(await onBoard.textContent()).toContain(XSS);
    expect(await onBoard.textContent()).toContain('en deltagare');
    await onPhone.locator('li.comment', { hasText: 'du' }).waitFor(LIVE);
    const results = await new AxeBuilder({ page: phone }).include('main').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(await pastTheScreenEdge(phone)).toEqual([]);
    await onPhone.screenshot({ path: path.join(SCREENSHOTS, 'workshop-phone-comment.png') });
    await boardEntry('Få svetsare i regionen').screenshot({
      path: path.join(SCREENSHOTS, 'workshop-board-comment.png'),
    });
    // The facilitator may delete any comment; it goes from the phone as well.
    expectedConfirm = `Radera kommentaren "Vi har två platser ${XSS}"?`;
    await onBoard.getByRole('button', { name: 'Radera kommentaren' }).click();
    await onPhone.getByText('Kommentarer (0)').waitFor(LIVE);
    expect(dialogs).toEqual([]);
  });

  it('a phone that goes offline keeps its note and sends it when it is back', async () => {
    await phoneContext.setOffline(true);
    await phone.getByLabel('Hinder').check();
    await phone.getByLabel('Din anteckning').fill('Bussen går för sällan');
    await phone.getByRole('button', { name: 'Skicka', exact: true }).click();
    await phone.getByText('1 väntar på nätet och skickas när du är uppkopplad igen.').waitFor(LIVE);
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'workshop-phone-offline.png') });
    expect(await boardEntry('Bussen går för sällan').count()).toBe(0);
    await phoneContext.setOffline(false);
    await phone.evaluate(() => window.dispatchEvent(new Event('online')));
    await boardEntry('Bussen går för sällan').waitFor(LIVE);
    const workshop = (await (await fetch(`${origin}/api/workshops/${created.workshop.id}`)).json()) as {
      cycles: { entries: { text: string }[] }[];
    };
    expect(workshop.cycles[0]?.entries.filter((e) => e.text === 'Bussen går för sällan')).toHaveLength(1);
  });

  it('the facilitator records attendance and a decision with owner and review date', async () => {
    const record = facilitator.locator('section.meeting-record');
    // The box shows what the server holds: it turns checked once the write is back.
    const present = record.getByRole('checkbox', { name: 'Exempelgjuteriet AB' });
    const put = facilitator.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/record'));
    await present.click();
    // The first write of a record names version 0: none written yet.
    expect((await put).postDataJSON()).toMatchObject({ version: 0 });
    await expect.poll(() => present.isChecked(), LIVE).toBe(true);
    await record.getByLabel('Beslut', { exact: true }).fill('Kartlägg lärlingsplatser');
    await record.locator('select[name="decisionOwner"]').selectOption({ label: 'Exempelgjuteriet AB' });
    await record.getByLabel('Följs upp').fill('2099-03-01');
    await record.getByRole('button', { name: 'Lägg till beslut' }).click();
    await record.locator('ul.decisions li', { hasText: 'Kartlägg lärlingsplatser' }).waitFor(LIVE);
    await record.screenshot({ path: path.join(SCREENSHOTS, 'workshop-meeting-record.png') });
    const workshop = (await (await fetch(`${origin}/api/workshops/${created.workshop.id}`)).json()) as {
      organisations: { id: string; name: string }[];
      cycles: { attendance: string[]; decisions: { text: string; reviewDate: string }[] }[];
    };
    const firm = workshop.organisations.find((o) => o.name === 'Exempelgjuteriet AB')?.id;
    expect(workshop.cycles[0]?.attendance).toEqual([firm]);
    expect(workshop.cycles[0]?.decisions).toMatchObject([
      { text: 'Kartlägg lärlingsplatser', reviewDate: '2099-03-01' },
    ]);
  });

  it('the minutes go with the record version read; a 409 says so in Swedish and keeps the typed text', async () => {
    const record = facilitator.locator('section.meeting-record');
    const read = async () =>
      (await (await fetch(`${origin}/api/workshops/${created.workshop.id}`)).json()) as {
        cycles: { minutes: string; recordVersion: number }[];
      };
    const version = (await read()).cycles[0]?.recordVersion;
    expect(version).toBe(1);
    // Someone else's save in between is answered by the server with 409: here it is the answer to this one.
    let sent: unknown = null;
    await facilitator.route(
      '**/record',
      async (route) => {
        sent = route.request().postDataJSON();
        await route.fulfill({
          status: 409,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'stale_version',
              message: 'the meeting record was changed meanwhile',
              field: 'version',
            },
          }),
        });
      },
      { times: 1 },
    );
    // By name: the label's accessible name takes in the typed text, so getByLabel loses it once filled.
    const minutes = record.locator('textarea[name="minutes"]');
    const text = 'Vi gick igenom pendlingen och lärlingsplatserna.';
    await minutes.fill(text);
    await record.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect
      .poll(() => record.getByRole('alert').textContent(), LIVE)
      .toContain('Någon annan ändrade protokollet');
    expect(sent).toEqual({ minutes: text, version });
    expect(await minutes.inputValue()).toBe(text);
    await record.screenshot({ path: path.join(SCREENSHOTS, 'workshop-meeting-record-stale.png') });
    await record.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect
      .poll(async () => (await read()).cycles[0], LIVE)
      .toMatchObject({ minutes: text, recordVersion: 2 });
  });
});
