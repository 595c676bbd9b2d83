/**
 * Every publisher the build draws on: who they are, the licence and how to cite them. Indicator definitions
 * refer to these by id; the catalogue copies them into each indicator's sources with the table or KPI id.
 */
export interface SourceDefinition {
  id: string;
  publisher: string;
  licence: string;
  citation: string;
  url?: string;
}

const SCB_LICENCE = 'CC0 1.0 (SCB open data)';

export const SOURCES = {
  'scb-population': {
    id: 'scb-population',
    publisher: 'Statistics Sweden (SCB)',
    licence: SCB_LICENCE,
    citation: 'Källa: SCB',
    url: 'https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__BE__BE0101__BE0101A/BefolkningNy/',
  },
  'scb-income': {
    id: 'scb-income',
    publisher: 'Statistics Sweden (SCB)',
    licence: SCB_LICENCE,
    citation: 'Källa: SCB',
    url: 'https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__HE__HE0110__HE0110A/TabVX4bDispInkN/',
  },
  'scb-house-prices': {
    id: 'scb-house-prices',
    publisher: 'Statistics Sweden (SCB)',
    licence: SCB_LICENCE,
    citation: 'Källa: SCB',
    url: 'https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__BO__BO0501__BO0501B/FastprisSHRegionAr/',
  },
  'scb-dwellings': {
    id: 'scb-dwellings',
    publisher: 'Statistics Sweden (SCB)',
    licence: SCB_LICENCE,
    citation: 'Källa: SCB',
    url: 'https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__BO__BO0101__BO0101A/LghReHustypAr/',
  },
  'scb-age-education': {
    id: 'scb-age-education',
    publisher: 'Statistics Sweden (SCB), shares computed from SCB counts',
    licence: SCB_LICENCE,
    citation: 'Källa: SCB (BE0101, UF0506), egen bearbetning',
  },
  'scb-commuting': {
    id: 'scb-commuting',
    publisher: 'Statistics Sweden (SCB)',
    licence: SCB_LICENCE,
    citation: 'Källa: SCB',
    url: 'https://www.statistikdatabasen.scb.se/pxweb/sv/ssd/START__AM__AM0207__AM0207L/ArRegPend2/',
  },
  kolada: {
    id: 'kolada',
    publisher: 'Kolada (RKA), from SCB, Arbetsförmedlingen, Boverket and others',
    licence: 'Free use including commercial use; cite "Källa: Kolada"',
    citation: 'Källa: Kolada (RKA)',
    url: 'https://www.kolada.se/',
  },
  'boverket-bme': {
    id: 'boverket-bme',
    publisher: 'Boverket, Bostadsmarknadsenkäten',
    licence: 'Open data, attribution required',
    citation: 'Källa: Boverket, Bostadsmarknadsenkäten',
    url: 'https://www.boverket.se/sv/samhallsplanering/bostadsmarknad/bostadsmarknaden/bostadsmarknadsenkaten/',
  },
  'okfse-geography': {
    id: 'okfse-geography',
    publisher: 'okfse/sweden-geojson (Valmyndigheten boundaries)',
    licence: 'CC0 1.0',
    citation: 'Gränser: okfse/sweden-geojson (CC0)',
  },
  'scb-geography': {
    id: 'scb-geography',
    publisher: 'Statistics Sweden (SCB)',
    licence: SCB_LICENCE,
    citation: 'Källa: SCB',
  },
  'metal-sites': {
    id: 'metal-sites',
    publisher: 'Hotmaps Industrial Database, EU ETS register, company sites and trade press',
    licence: 'Hotmaps Industrial Database: CC BY 4.0 (for the sites it gave); facts only from other sources',
    citation: 'Hotmaps Industrial Database (CC BY 4.0) and the sources named per site',
  },
  // Figures and sites users import themselves (npm run ingest -- --import FILE); each indicator's caveat and
  // each site's `source` say who published them.
  'user-import': {
    id: 'user-import',
    publisher: 'Imported by users of the atlas (the source they state is shown with each figure)',
    licence: 'As stated by the importer',
    citation: 'Egen uppgift (importerad)',
  },
} as const satisfies Record<string, SourceDefinition>;

export type SourceId = keyof typeof SOURCES;
