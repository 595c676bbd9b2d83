import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../../scripts/ingest/errors';
import { loadSnapshot } from '../../../scripts/ingest/load-snapshot';
import { RawFiles } from '../../../scripts/ingest/raw-files';
import { FIXTURE_RAW_DIR, fixtureSnapshot, removeTempSnapshots } from './fixture-snapshot';

afterAll(removeTempSnapshots);

const HOUSING = 'stats/housing-population-income-unemployment-2011-2024.csv';
const AGE = 'stats/age-education-2001-2021.csv';
const BOVERKET = 'stats/boverket-housing-market-balance-2020-2026.csv';
const KOLADA_POP = 'kolada/datapoints--by--geo--year/ddf--datapoints--n01951--by--geo--year.csv';
const FLOWS = 'flows/commuting-norrbotten-2020-2024.csv';
const FIRMS = 'firms/metal-sites.csv';
const MUNICIPALITIES = 'geo/municipalities.geojson';

const original = (file: string) => readFileSync(path.join(FIXTURE_RAW_DIR, file), 'utf8');
const replaceLine = (file: string, line: number, text: string) => {
  const lines = original(file).split(/\r?\n/);
  lines[line - 1] = text;
  return lines.join('\n');
};
const FIRM_HEADER =
  'site_id,company,site_name,municipality_name,municipality_code,lat,lon,nace,activity,employees,source';
const firm = (lat: string, lon: string, code = '0617', company = 'Test Metal AB') =>
  `${FIRM_HEADER}\n1,${company},Works,Gnosjö,${code},${lat},${lon},25,Machining,,fixture\n`;

const load = (overrides: Record<string, string | Uint8Array | null>) =>
  loadSnapshot(new RawFiles(fixtureSnapshot(overrides)), () => undefined);

describe('bad input stops the ingest with file, line and column', () => {
  it.each([
    ['missing file', { [AGE]: null }, `${AGE}: missing input file`],
    ['empty file', { 'kolada/selected-kpis.csv': '' }, 'kolada/selected-kpis.csv:1: file is empty'],
    [
      'wrong header',
      { [BOVERKET]: 'kommun,year,indicator,value\n0617,2023,x,1\n' },
      `${BOVERKET}:1: wrong header: missing column(s) "municipality_code"`,
    ],
    [
      'non-numeric value',
      { [HOUSING]: replaceLine(HOUSING, 3, '0617,Gnosjö,06,2023,population_total,abc,persons,SCB') },
      `${HOUSING}:3:6: not a number: "abc"`,
    ],
    [
      'non-numeric Kolada value',
      { [KOLADA_POP]: replaceLine(KOLADA_POP, 8, '0617,2023,n/a') },
      `${KOLADA_POP}:8:3: not a number: "n/a"`,
    ],
    [
      'unknown municipality code',
      { [AGE]: replaceLine(AGE, 2, '9999,Nowhere,2021,share_pop_aged_75plus,0.1,share') },
      `${AGE}:2:1: unknown municipality code "9999"`,
    ],
    [
      'unknown county code in Kolada',
      { [KOLADA_POP]: replaceLine(KOLADA_POP, 3, '99,2009,2000.0') },
      `${KOLADA_POP}:3:1: unknown county code "99"`,
    ],
    [
      'a 3-digit municipality code (leading zero lost)',
      {
        [BOVERKET]: replaceLine(
          BOVERKET,
          2,
          '114,Upplands Väsby,2023,bme_housing_market_balance_total,-1,category,shortage',
        ),
      },
      `${BOVERKET}:2:1: a municipality code is four digits, found "114"`,
    ],
    [
      'duplicate (code, year, indicator)',
      {
        [BOVERKET]: `${original(BOVERKET)}0114,Upplands Väsby,2023,bme_housing_market_balance_total,0,category,balance\n`,
      },
      `${BOVERKET}:4: duplicate value for 0114, 2023, housing_market_balance (first on line 2)`,
    ],
    [
      'housing balance outside -1/0/1',
      {
        [BOVERKET]: replaceLine(
          BOVERKET,
          3,
          '0617,Gnosjö,2023,bme_housing_market_balance_total,2,category,surplus',
        ),
      },
      `${BOVERKET}:3:5: housing market balance must be -1, 0 or 1, found 2`,
    ],
    [
      'truncated GeoJSON',
      { [MUNICIPALITIES]: original(MUNICIPALITIES).slice(0, 700) },
      /^geo\/municipalities\.geojson:\d+:\d+: invalid JSON: .*truncated\?/,
    ],
    [
      'projected (non lon/lat) coordinates',
      { [MUNICIPALITIES]: original(MUNICIPALITIES).replace('13.5,', '435000.5,') },
      'is not lon/lat in Sweden',
    ],
    [
      'firm site outside Sweden',
      { [FIRMS]: firm('52.52', '13.40') },
      `${FIRMS}:2:6: site [13.4, 52.52] lies outside Sweden`,
    ],
    [
      'firm site outside its stated municipality',
      { [FIRMS]: firm('65.6', '19.0') },
      `${FIRMS}:2:6: site lies in 2505 Arvidsjaur, not in its stated municipality 0617`,
    ],
    [
      'firm site with only one coordinate',
      { [FIRMS]: firm('57.4', '') },
      `${FIRMS}:2:7: only one of lat/lon given`,
    ],
    [
      'negative commuting flow',
      { [FLOWS]: replaceLine(FLOWS, 2, '2505,Arvidsjaur,2505,Arvidsjaur,2022,total,-4,persons') },
      `${FLOWS}:2:7: a flow is a whole number of persons, found "-4"`,
    ],
    [
      'repeated municipality in the reference table',
      {
        'reference/municipalities.csv': `${original('reference/municipalities.csv')}0617,Gnosjö kommun,Gnosjö,06,Jönköpings län,Jönköping\n`,
      },
      'reference/municipalities.csv:5:1: missing, malformed or repeated municipality code "0617"',
    ],
    [
      'unknown sex in flows',
      { [FLOWS]: replaceLine(FLOWS, 2, '2505,Arvidsjaur,2505,Arvidsjaur,2022,T,4,persons') },
      `${FLOWS}:2:6: sex must be total, women or men`,
    ],
  ])('%s', (_name, overrides, message) => {
    let caught: unknown;
    try {
      load(overrides);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IngestError);
    if (typeof message === 'string') expect((caught as Error).message).toContain(message);
    else expect((caught as Error).message).toMatch(message);
  });
});

describe('recoverable input is normalised and reported as a warning', () => {
  const baseline = load({});

  it('a BOM changes nothing but a warning', () => {
    const snapshot = load({ [BOVERKET]: `\ufeff${original(BOVERKET)}` });
    expect(snapshot.observations).toEqual(baseline.observations);
    expect(snapshot.warnings).toContain(`${BOVERKET}: UTF-8 byte-order mark removed`);
  });

  it('CRLF and LF files give the same observations', () => {
    const crlf = load({ [BOVERKET]: original(BOVERKET).replace(/\n/g, '\r\n') });
    const lf = load({ [KOLADA_POP]: original(KOLADA_POP).replace(/\r\n/g, '\n') });
    expect(crlf.observations).toEqual(baseline.observations);
    expect(lf.observations).toEqual(baseline.observations);
  });

  it('a Windows-1252 file keeps its Swedish letters', () => {
    const snapshot = load({
      [FIRMS]: iconv.encode(firm('57.4', '13.7', '0617', 'Gnosjö Svets & Härdning AB'), 'windows-1252'),
    });
    expect(snapshot.firms.features[0]?.properties.company).toBe('Gnosjö Svets & Härdning AB');
    expect(snapshot.warnings).toContain(`${FIRMS}: not valid UTF-8: read as Windows-1252`);
  });

  it('a clockwise exterior ring is rewound to counter-clockwise', () => {
    expect(baseline.warnings).toContain(
      'geo/municipalities.geojson: rewound 1 of 3 features to counter-clockwise exteriors (RFC 7946)',
    );
  });

  it('swapped lat/lon is corrected', () => {
    const snapshot = load({ [FIRMS]: firm('13.7', '57.4') });
    expect(snapshot.firms.features[0]?.geometry.coordinates).toEqual([13.7, 57.4]);
    expect(snapshot.warnings).toContain(`${FIRMS}:2:6: lat and lon were swapped; corrected`);
  });

  it('a site in a sliver just outside the simplified polygon is kept with its distance', () => {
    const snapshot = load({ [FIRMS]: firm('57.61', '13.7') });
    expect(snapshot.firms.features[0]?.properties.location).toBe('exact');
    expect(snapshot.warnings).toContain(
      `${FIRMS}:2:6: site lies 1.1 km outside the simplified polygon of 0617; kept`,
    );
  });
});
