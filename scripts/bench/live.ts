/**
 * Live ingest and import throughput (report only): parsing one full SCB response at the v2 cell limit
 * (150,000 cells), splitting a 290 x 290 x 5 commuting query, and previewing a 10,000-row Excel-style import.
 * Synthetic inputs of the documented shapes; the figures are timings, not statistics.
 */
import { previewImport } from '../../data/imports/preview-import';
import { parseJsonStat2 } from '../ingest/live/parse-json-stat';
import { countCells, splitQuery } from '../ingest/live/scb-query';

function time<T>(label: string, work: () => T, units: number, unitName: string): T {
  const started = performance.now();
  const result = work();
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(52)} ${ms.toFixed(1).padStart(8)} ms  ${Math.round((units / ms) * 1000).toLocaleString('en')} ${unitName}/s`,
  );
  return result;
}

function jsonStat2Cube(regions: number, ages: number, years: number): object {
  const codes = (n: number, prefix: string) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, i]));
  return {
    class: 'dataset',
    id: ['Region', 'Alder', 'Tid'],
    size: [regions, ages, years],
    dimension: {
      Region: { category: { index: codes(regions, 'R') } },
      Alder: { category: { index: codes(ages, 'A') } },
      Tid: { category: { index: codes(years, 'Y') } },
    },
    value: Array.from({ length: regions * ages * years }, (_, i) => (i % 97 === 0 ? null : i)),
    status: { '0': '..' },
  };
}

export async function runLiveBench(): Promise<void> {
  const text = JSON.stringify(jsonStat2Cube(300, 100, 5));
  time(
    'json-stat2 parse, 150,000 cells (v2 maxDataCells)',
    () => parseJsonStat2(JSON.parse(text)),
    150_000,
    'cells',
  );
  const municipalities = Array.from({ length: 290 }, (_, i) => String(1000 + i));
  const matrix = {
    selections: [
      { variable: 'Bostadskommun', values: municipalities },
      { variable: 'Arbetsstallekommun', values: municipalities },
      { variable: 'Tid', values: ['2020', '2021', '2022', '2023', '2024'] },
    ],
  };
  const pieces = time(
    'split 290 x 290 x 5 query at 150,000 cells',
    () => splitQuery(matrix, 150_000, ['Bostadskommun', 'Tid']),
    1,
    'splits',
  );
  console.log(`  -> ${countCells(matrix).toLocaleString('en')} cells in ${pieces.length} requests`);
  const rows = ['Kommunkod;År;Värde;Titel;Enhet;Riktning;Källa'];
  for (let i = 0; i < 10_000; i++) {
    rows.push(
      `${municipalities[i % 290]};${2000 + (Math.floor(i / 290) % 25)};${i},5;Titel ${Math.floor(i / 7250)};%;neutral;Bench`,
    );
  }
  const bytes = Buffer.from(rows.join('\r\n'), 'utf8');
  const preview = time(
    'previewImport, 10,000 rows (semicolons, decimal commas)',
    () => previewImport(bytes, 'indicator'),
    10_000,
    'rows',
  );
  console.log(`  -> ${preview.accepted.length} accepted, ${preview.rejected.length} rejected`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runLiveBench();
