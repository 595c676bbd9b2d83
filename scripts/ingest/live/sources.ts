import type { ScbTableRef } from './scb-client';
import type { TableSelection } from './scb-selection';

/** A ContentsCode, or a pattern for its label where no source documents the code. */
export type ContentsRef = string | RegExp;

/** How the cells of one table become values of one indicator. */
export type ScbOutput =
  /** One value per area and year: the selected content, summed over every other selected variable. */
  | { kind: 'value'; contents: ContentsRef; indicator: string; unit?: 'sek_from_tkr' }
  /** Percent: cells whose `variable` code is in `numerator`, over those in `denominator`. */
  | {
      kind: 'share';
      contents: ContentsRef;
      indicator: string;
      variable: string;
      numerator: string[];
      denominator: string[];
    };

export interface ScbSource {
  /** Source definition id in data/sources (the same as the offline build's). */
  source: string;
  table: ScbTableRef;
  /** Human name of the table as SCB's v1 tree and the snapshot's README spell it. */
  name: string;
  regionVariable: string;
  selection: TableSelection;
  /** Variables to cut a query along when it exceeds the cell limit, in order. */
  splitBy: string[];
  outputs: ScbOutput[];
}

/** The origin-destination matrix: cells become flows, not indicator values. */
export interface ScbFlowSource {
  source: string;
  table: ScbTableRef;
  name: string;
  origin: string;
  destination: string;
  selection: TableSelection;
  splitBy: string[];
}

const FIRST_SCB_YEAR = 2011;
const ALL_AREAS = { kind: 'regions', levels: ['national', 'county', 'municipality'] } as const;
const MUNICIPALITIES = { kind: 'regions', levels: ['municipality'] } as const;

/**
 * The SCB tables of the live ingest (see ../shared/data/README.md "Live equivalents" and API-REFERENCE.md §3).
 * v2 ids where a source names one, v1 paths otherwise. Codes that no source documents (TAB1828's contents) are
 * found by label in the table's metadata at run time rather than guessed.
 */
export const SCB_SOURCES: ScbSource[] = [
  {
    source: 'scb-population',
    table: { v1: 'BE/BE0101/BE0101A/BefolkningNy' },
    name: 'BE0101 BefolkningNy',
    regionVariable: 'Region',
    selection: {
      variables: {
        Region: ALL_AREAS,
        ContentsCode: { kind: 'codes', codes: ['BE0101N1'] },
        Tid: { kind: 'years', from: FIRST_SCB_YEAR },
      },
    },
    splitBy: ['Region', 'Tid'],
    outputs: [{ kind: 'value', contents: 'BE0101N1', indicator: 'population_total' }],
  },
  {
    source: 'scb-income',
    table: { v1: 'HE/HE0110/HE0110G/TabVX4bDispInkN' },
    name: 'HE0110 TabVX4bDispInkN',
    regionVariable: 'Region',
    selection: {
      variables: {
        Region: ALL_AREAS,
        ContentsCode: { kind: 'codes', codes: ['000006SY'] },
        Tid: { kind: 'years', from: FIRST_SCB_YEAR },
      },
      fixedValues: ['E90', '18+'],
    },
    splitBy: ['Region', 'Tid'],
    outputs: [
      {
        kind: 'value',
        contents: '000006SY',
        indicator: 'median_household_disposable_income',
        unit: 'sek_from_tkr',
      },
    ],
  },
  {
    source: 'scb-house-prices',
    table: { v1: 'BO/BO0501/BO0501B/FastprisSHRegionAr' },
    name: 'BO0501 FastprisSHRegionAr',
    regionVariable: 'Region',
    selection: {
      variables: {
        Region: ALL_AREAS,
        ContentsCode: { kind: 'codes', codes: ['BO0501C2', 'BO0501C4'] },
        Tid: { kind: 'years', from: FIRST_SCB_YEAR },
      },
      fixedValues: ['220'],
    },
    splitBy: ['Region', 'Tid'],
    outputs: [
      { kind: 'value', contents: 'BO0501C2', indicator: 'smahus_mean_price', unit: 'sek_from_tkr' },
      { kind: 'value', contents: 'BO0501C4', indicator: 'smahus_kt_ratio' },
    ],
  },
  {
    source: 'scb-dwellings',
    table: { v1: 'BO/BO0101/BO0101A/LghReHustypAr' },
    name: 'BO0101 LghReHustypAr',
    regionVariable: 'Region',
    selection: {
      variables: {
        Region: ALL_AREAS,
        Hustyp: { kind: 'all' },
        ContentsCode: { kind: 'codes', codes: ['BO0101A5'] },
        Tid: { kind: 'years', from: FIRST_SCB_YEAR },
      },
    },
    splitBy: ['Region', 'Tid'],
    outputs: [{ kind: 'value', contents: 'BO0101A5', indicator: 'dwellings_completed' }],
  },
  {
    source: 'scb-age-education',
    table: { v1: 'UF/UF0506/UF0506B/Utbildning' },
    name: 'UF0506 Utbildning',
    regionVariable: 'Region',
    selection: {
      variables: {
        Region: MUNICIPALITIES,
        Alder: { kind: 'singleYearAges', from: 16, to: 74 },
        UtbildningsNiva: { kind: 'all' },
        Kon: { kind: 'all' },
        ContentsCode: { kind: 'codes', codes: ['UF0506A1'] },
        Tid: { kind: 'years', from: 2001 },
      },
    },
    splitBy: ['Region', 'Tid'],
    outputs: (
      [
        ['share_16_74_primary_education', ['1', '2']],
        ['share_16_74_upper_secondary_education', ['3', '4']],
        ['share_16_74_post_secondary_education', ['5', '6', '7']],
      ] as const
    ).map(([indicator, numerator]) => ({
      kind: 'share' as const,
      contents: 'UF0506A1',
      indicator,
      variable: 'UtbildningsNiva',
      numerator: [...numerator],
      // Shares of the population 16-74 with known education, as in the snapshot's age-education file.
      denominator: ['1', '2', '3', '4', '5', '6', '7'],
    })),
  },
  {
    source: 'scb-commuting',
    table: { v2: 'TAB1828' },
    name: 'AM0210 ArRegPend1 (TAB1828)',
    regionVariable: 'Region',
    selection: {
      variables: {
        Region: MUNICIPALITIES,
        Kon: { kind: 'total' },
        ContentsCode: { kind: 'labels', patterns: [/^inpendlare/i, /^utpendlare/i, /^bor och arbetar/i] },
        Tid: { kind: 'years', from: 2020 },
      },
    },
    splitBy: ['Region', 'Tid'],
    outputs: [
      { kind: 'value', contents: /^inpendlare/i, indicator: 'commuters_in' },
      { kind: 'value', contents: /^utpendlare/i, indicator: 'commuters_out' },
      { kind: 'value', contents: /^bor och arbetar/i, indicator: 'live_and_work' },
    ],
  },
];

export const SCB_FLOW_SOURCE: ScbFlowSource = {
  source: 'scb-commuting',
  table: { v2: 'TAB1830' },
  name: 'AM0210 ArRegPend2 (TAB1830)',
  origin: 'Bostadskommun',
  destination: 'Arbetsstallekommun',
  selection: {
    variables: {
      Bostadskommun: MUNICIPALITIES,
      Arbetsstallekommun: MUNICIPALITIES,
      Kon: { kind: 'total' },
      // No source documents TAB1830's content code; the flow mapper insists there is exactly one.
      ContentsCode: { kind: 'all' },
      Tid: { kind: 'years', from: 2020 },
    },
  },
  splitBy: ['Bostadskommun', 'Tid'],
};
