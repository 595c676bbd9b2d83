import { createTranslator, type Translator } from '../../i18n/translate';
import type { Lang } from '../../lib/format';

/** Strings of the rest-of-Kolada browser on the locality page, in both languages. */
const SV = {
  catalogueHeading: 'Hela Koladakatalogen',
  catalogueHint: 'Alla Koladas verksamhetsområden, med sökning',
  catalogueHelp:
    'Koladas övriga nyckeltal för {name}, per verksamhetsområde. Öppna ett område eller sök; varje rad visar senaste värde, år, plats bland kommunerna, källa och nyckeltalets id.',
  catalogueSearch: 'Sök i katalogen',
  catalogueGroups: 'Verksamhetsområden',
  catalogueGroupCount: '{n} nyckeltal',
  catalogueLoadingGroup: 'Hämtar områdets värden …',
  catalogueMatches: '{n} träffar, de {shown} första visas',
  catalogueError: 'Kunde inte hämta värdena: {message}',
  colIndicator: 'Nyckeltal',
  colValue: 'Värde',
  colYear: 'År',
  colRank: 'Plats',
  colSource: 'Källa och id',
  colMap: 'Karta',
  onMap: 'Visa på kartan',
  notRankedCategory: 'kategori, ingen rangordning',
  noSplit: 'ingen uppdelning efter kön',
} as const;

export type CatalogueTextKey = keyof typeof SV;

const EN: Record<CatalogueTextKey, string> = {
  catalogueHeading: 'The whole Kolada catalogue',
  catalogueHint: "Every one of Kolada's operating areas, with search",
  catalogueHelp:
    "Kolada's other KPIs for {name}, by operating area. Open an area or search; each row shows the latest value, year, place among the municipalities, source and the KPI's id.",
  catalogueSearch: 'Search the catalogue',
  catalogueGroups: 'Operating areas',
  catalogueGroupCount: '{n} KPIs',
  catalogueLoadingGroup: "Loading the area's values …",
  catalogueMatches: '{n} matches, the first {shown} shown',
  catalogueError: 'Could not load the values: {message}',
  colIndicator: 'KPI',
  colValue: 'Value',
  colYear: 'Year',
  colRank: 'Place',
  colSource: 'Source and id',
  colMap: 'Map',
  onMap: 'Show on the map',
  notRankedCategory: 'category, not ranked',
  noSplit: 'no split by sex',
};

export type CatalogueText = Translator<CatalogueTextKey>;

export const catalogueText = (lang: Lang): CatalogueText =>
  createTranslator<CatalogueTextKey>({ sv: SV, en: EN }, lang);
