import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  parseV1Metadata,
  parseV2Metadata,
  type TableMetadata,
} from '../../../scripts/ingest/live/scb-metadata';
import { FIXTURES_DIR } from '../../support/paths';
import { koladaDdf, longKey, norrbottenTotalFlows, type LongValues } from './snapshot-values';

export interface FakeTable {
  api: 'v1' | 'v2';
  path: string;
  raw: unknown;
  metadata: TableMetadata;
  units: Record<string, string>;
  /** A number, or a PxWeb symbol for a cell without one. */
  cell(codes: Record<string, string>): number | string;
}

type CellFn = (codes: Record<string, string>) => number | string | undefined;

function readTable(name: string, cell: CellFn): FakeTable {
  const file = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'live', 'tables', name), 'utf8')) as {
    api: 'v1' | 'v2';
    path: string;
    units: Record<string, string>;
    metadata: unknown;
  };
  const metadata = file.api === 'v1' ? parseV1Metadata(file.metadata) : parseV2Metadata(file.metadata);
  return {
    api: file.api,
    path: file.path,
    raw: file.metadata,
    metadata,
    units: file.units,
    cell: (codes) => cell(codes) ?? '..',
  };
}

const round = (value: number | undefined, digits: number) =>
  value === undefined || !Number.isFinite(value) ? undefined : Number(value.toFixed(digits));

/**
 * The tables the live ingest asks for, answering with the snapshot's real figures converted back to SCB's
 * units (tkr). Parts a table splits that the snapshot only has as totals (house types, age, sex) are
 * answered with the total in one part and "-" in the others.
 */
export function fakeScbTables(values: LongValues): FakeTable[] {
  const get = (indicator: string, codes: Record<string, string>) =>
    values.get(longKey(indicator, codes.Region ?? '', codes.Tid ?? ''));
  const kolada = new Map<string, number>();
  for (const kpi of ['N02201', 'N02202', 'N02274']) {
    for (const p of koladaDdf(kpi)) kolada.set(`${kpi}|${p.geo}|${p.year}`, p.value);
  }
  const flows = new Map(
    norrbottenTotalFlows().map((f) => [`${f.origin}|${f.destination}|${f.year}`, f.persons]),
  );
  const educationLevel: Record<string, string> = {
    '2': 'share_16_74_primary_education_highest',
    '4': 'share_16_74_upper_secondary_education_highest',
    '6': 'share_16_74_post_secondary_education',
  };
  return [
    readTable('v1-BefolkningNy.json', (c) => get('population_total', c)),
    readTable('v1-TabVX4bDispInkN.json', (c) =>
      round((get('median_disposable_income_household', c) ?? NaN) / 1000, 1),
    ),
    readTable('v1-FastprisSHRegionAr.json', (c) =>
      c.ContentsCode === 'BO0501C2'
        ? round((get('smahus_mean_purchase_price', c) ?? NaN) / 1000, 3)
        : get('smahus_kt_ratio', c),
    ),
    readTable('v1-LghReHustypAr.json', (c) =>
      c.Hustyp === 'SMÅHUS' ? get('dwellings_completed_new_construction', c) : '-',
    ),
    readTable('v1-Utbildning.json', (c) => {
      if (c.Alder !== '16' || c.Kon !== '1') return '-';
      if (c.UtbildningsNiva === 'US') return 12345;
      const indicator = educationLevel[c.UtbildningsNiva ?? ''];
      return indicator ? round((get(indicator, c) ?? NaN) * 1_000_000, 0) : '-';
    }),
    readTable('v2-TAB1828.json', (c) => {
      const at = (kpi: string) => kolada.get(`${kpi}|${c.Region}|${c.Tid}`);
      const [jobs, employed, share] = [at('N02201'), at('N02202'), at('N02274')];
      if (jobs === undefined || employed === undefined || share === undefined) return undefined;
      const liveAndWork = Math.round((share * employed) / 100);
      return { FIXTURE_IN: jobs - liveAndWork, FIXTURE_OUT: employed - liveAndWork, FIXTURE_LW: liveAndWork }[
        c.ContentsCode ?? ''
      ];
    }),
    readTable('v2-TAB1830.json', (c) => flows.get(`${c.Bostadskommun}|${c.Arbetsstallekommun}|${c.Tid}`)),
  ];
}
