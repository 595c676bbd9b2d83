import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../api/workshops/export-csv';
import { type IndicatorCurrent, WorkshopExport } from '../../../data/contract';
import { createGnosjoWorkshop, GNOSJO, send, tempDatabase, workshopApp } from './support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

describe('exports and current indicator values', () => {
  it('exports every entry as JSON and as CSV, neutralising spreadsheet formulas', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const base = `/api/workshops/${workshop.id}`;
    const entries = `${base}/cycles/${workshop.cycles[0]?.id}/entries`;
    await send(app, 'POST', entries, { kind: 'obstacle', text: 'Brist på "svetsare", lärlingar' }, editToken);
    await send(app, 'POST', entries, { kind: 'solution', text: '=HYPERLINK("http://x")' }, editToken);

    const json = await send(app, 'GET', `${base}/export.json`);
    expect(json.headers.get('content-disposition')).toContain('attachment');
    expect(WorkshopExport.parse(json.json).workshop.cycles[0]?.entries).toHaveLength(2);

    const csv = await send(app, 'GET', `${base}/export.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const parsed = Papa.parse<Record<string, string>>(csv.text.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((row) => row.text)).toEqual([
      'Brist på "svetsare", lärlingar',
      `'=HYPERLINK("http://x")`,
    ]);
    expect(parsed.data[0]).toMatchObject({ cycle_number: '1', kind: 'obstacle', votes: '0' });
  });

  it("lists the current value, year and source of indicators for the workshop's municipality", async () => {
    const { workshop } = await createGnosjoWorkshop(app);
    const response = await send(
      app,
      'GET',
      `/api/workshops/${workshop.id}/indicators?ids=population_total,housing_market_balance`,
    );
    const values = response.json as IndicatorCurrent[];
    const population = values.find((v) => v.indicatorId === 'population_total');
    expect(population).toMatchObject({ municipality: GNOSJO, year: 2024, value: 9131 });
    expect(population?.source.citation).toBe('Källa: SCB');
    expect(values.map((v) => v.indicatorId)).toContain('housing_market_balance');
  });
});
