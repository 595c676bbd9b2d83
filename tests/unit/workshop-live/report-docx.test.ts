import { citationText } from '../../../data/format/source-label';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../data/contract';
import { readDocx } from '../../support/read-docx';
import { GNOSJO, tempDatabase, testBuild, workshopApp } from '../workshop/support';
import { call, openRoom, type Room } from './live-support';

const XSS = '<img src=x onerror=alert(1)>';
const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

let room: Room;

async function docx(lang: string) {
  const response = await app.request(`${room.base}/report.docx?lang=${lang}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  expect(response.headers.get('content-disposition')).toContain(`-${lang}.docx`);
  return readDocx(new Uint8Array(await response.arrayBuffer()));
}

/** A seeded cycle: votes order the obstacles, an action in progress with a linked figure, a decision, minutes. */
beforeAll(async () => {
  room = await openRoom(app);
  const auth = { token: room.facilitator };
  const [municipality, , firm] = room.workshop.organisations.map((o) => o.id);
  const entry = async (body: unknown) =>
    (await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/entries`, { ...auth, body })).json as Entry;
  await entry({ kind: 'obstacle', text: 'Få sökande till svetsutbildningen' });
  const top = await entry({ kind: 'obstacle', text: XSS, organisationId: firm });
  for (let i = 0; i < 3; i++) await call(app, 'POST', `${room.base}/entries/${top.id}/votes`, auth);
  await entry({ kind: 'solution', text: 'Lärlingsplatser i gjuterierna' });
  const action = await entry({
    kind: 'action',
    text: 'Kartlägg lärlingsplatser',
    links: [{ indicatorId: 'employment_rate_20_64', municipality: GNOSJO }],
    action: { ownerOrganisationId: firm, status: 'in_progress' },
  });
  await call(app, 'PUT', `${room.base}/cycles/${room.cycleId}/record`, {
    ...auth,
    body: { attendance: [municipality, firm], minutes: `Rad ett\n${XSS}`, version: 0 },
  });
  await call(app, 'POST', `${room.base}/cycles/${room.cycleId}/decisions`, {
    ...auth,
    body: { text: 'Ansök om medel', ownerOrganisationId: municipality, reviewDate: '2026-03-24' },
  });
  await call(app, 'PATCH', room.base, {
    ...auth,
    body: { recommendations: `Bygg fler hyresrätter\n${XSS}`, version: 1 },
  });
  const outcome = await call(app, 'POST', `${room.base}/outcomes`, {
    ...auth,
    body: {
      statement: 'Tolv nya lärlingsplatser',
      actionIds: [action.id],
      status: 'achieved',
      evidence: [
        { kind: 'indicator', indicatorId: 'population_total', municipality: GNOSJO },
        { kind: 'source', citation: XSS },
      ],
    },
  });
  expect(outcome.status).toBe(201);
});

const after = (paragraphs: string[], heading: string) => {
  const index = paragraphs.indexOf(heading);
  expect(index, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
  return paragraphs.slice(index + 1);
};

describe('the report as DOCX', () => {
  it('is a project final report in Swedish: purpose, approach, the cycle, outcomes, recommendations, data annex', async () => {
    const { paragraphs } = await docx('sv');
    const headings = [
      'Slutrapport: Gnosjö kompetensverkstad',
      'Syfte',
      'Genomförande',
      'Cykel 1, 2026-01-20',
      'Prioriterade hinder',
      'Lösningar',
      'Åtgärder och status',
      'Beslut',
      'Anteckningar från träffen',
      'Resultat',
      'Rekommendationer till beslutsfattare',
      'Bilaga: siffror som används',
    ];
    const positions = headings.map((h) => paragraphs.indexOf(h));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    expect(paragraphs).toContain('Ort: Gnosjö');
    expect(after(paragraphs, 'Syfte')[0]).toMatch(
      /^Gnosjö kompetensverkstad är en lärande verkstad för Gnosjö\. .* 3 lärcykler/,
    );
    // Approach: a table row per cycle with its date and who came.
    expect(paragraphs).toContain('Gnosjö kommun, Exempelgjuteriet AB');
    expect(paragraphs).toContain('Närvaro inte antecknad');
    // Obstacles by votes: the three-dot one first.
    const obstacles = after(paragraphs, 'Prioriterade hinder');
    expect(obstacles[0]).toBe(`1. ${XSS} — Exempelgjuteriet AB · 3 prickar`);
    expect(obstacles[1]).toBe('2. Få sökande till svetsutbildningen — 0 prickar');
    expect(after(paragraphs, 'Åtgärder och status')[0]).toBe(
      '1. Kartlägg lärlingsplatser — Ansvarig: Exempelgjuteriet AB · Klart senast: 2026-03-24 · Pågår',
    );
    expect(after(paragraphs, 'Beslut')[0]).toBe(
      '• Ansök om medel — Ansvarig: Gnosjö kommun · Följs upp: 2026-03-24',
    );
    expect(after(paragraphs, 'Anteckningar från träffen').slice(0, 2)).toEqual(['Rad ett', XSS]);
    const outcomes = after(paragraphs, 'Resultat');
    expect(outcomes[0]).toBe('1. Tolv nya lärlingsplatser (Uppnått)');
    expect(outcomes.slice(1, 5)).toEqual([
      'Bidragande åtgärder:',
      'Kartlägg lärlingsplatser (Cykel 1)',
      'Underlag:',
      expect.stringMatching(/^Folkmängd.*, Gnosjö: \d.*\spersoner \(\d{4}, .*SCB.* BE0101.*\)$/),
    ]);
    expect(outcomes[5]).toBe(XSS);
    expect(after(paragraphs, 'Rekommendationer till beslutsfattare').slice(1, 3)).toEqual([
      'Bygg fler hyresrätter',
      XSS,
    ]);
  });

  it('lists every figure used in the annex with publisher, table or KPI, year and build id', async () => {
    const build = testBuild();
    const { paragraphs } = await docx('sv');
    const annex = after(paragraphs, 'Bilaga: siffror som används');
    expect(annex.slice(1, 9)).toEqual([
      'Indikator',
      'Kommun',
      'Värde',
      'År',
      'Utgivare',
      'Tabell/KPI',
      'Databygge',
      'Används i',
    ]);
    const employment = build.indicatorById.get('employment_rate_20_64');
    const title = employment?.title.sv ?? 'missing';
    const row = annex.slice(annex.indexOf(title), annex.indexOf(title) + 8);
    const years = [...(build.seriesByIndicator.get('employment_rate_20_64')?.keys() ?? [])];
    expect(row).toEqual([
      title,
      'Gnosjö',
      expect.stringMatching(/^\d+,\d\s%$/),
      String(Math.max(...years)),
      citationText(employment?.sources[0]?.citation ?? '', 'sv'),
      employment?.sources[0]?.table,
      build.manifest.buildId,
      'Nyckeltal; Cykel 1: Åtgärd',
    ]);
    // The population figure is a key figure and the outcome's evidence: listed once, used in both.
    const population = build.indicatorById.get('population_total')?.title.sv ?? 'missing';
    expect(annex.filter((p) => p === population)).toHaveLength(1);
    expect(annex).toContain('Nyckeltal; Resultat 1');
  });

  it('is written in English with ?lang=en, and refuses another language naming the parameter', async () => {
    const { paragraphs } = await docx('en');
    for (const heading of [
      'Final report: Gnosjö kompetensverkstad',
      'Purpose',
      'Approach',
      'Cycle 1, 2026-01-20',
      'Prioritised obstacles',
      'Actions and status',
      'Outcomes',
      'Policy recommendations',
      'Annex: figures used',
    ]) {
      expect(paragraphs).toContain(heading);
    }
    expect(after(paragraphs, 'Prioritised obstacles')[0]).toBe(`1. ${XSS} — Exempelgjuteriet AB · 3 dots`);
    expect(after(paragraphs, 'Outcomes')[0]).toBe('1. Tolv nya lärlingsplatser (Achieved)');
    expect(paragraphs.join('\n')).not.toMatch(/Syfte|Prioriterade hinder|Uppnått|prickar/);
    const bad = await call(app, 'GET', `${room.base}/report.docx?lang=de`);
    expect(bad.status).toBe(400);
    expect((bad.json as { error: { field: string } }).error.field).toBe('lang');
  });

  it('keeps stored markup as plain text: the XML carries it escaped, never as elements', async () => {
    const { xml, paragraphs } = await docx('sv');
    expect(paragraphs.filter((p) => p.includes(XSS)).length).toBeGreaterThanOrEqual(4);
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
