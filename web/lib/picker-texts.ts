import { createTranslator, type Translator } from '../i18n/translate';
import type { Lang } from './format';

/** The indicator picker's and the sex selector's own strings, in both languages. */
const SV = {
  pickerLabel: 'Indikator',
  pickerPlaceholder: 'Sök bland alla indikatorer (t.ex. förskola)',
  pickerHelp: 'Pil upp och ned väljer, Enter visar, Esc stänger.',
  pickerGroupFilter: 'Grupp i Kolada',
  pickerAllGroups: 'Alla grupper',
  pickerAtlasSet: 'Atlasets urval',
  pickerAtlasFlag: 'urval',
  pickerRestOfKolada: 'Övriga Kolada',
  pickerBySex: 'kvinnor/män',
  pickerSvMarker: 'sv',
  pickerSvMarkerTitle: 'Titel på svenska: Kolada publicerar inga engelska titlar',
  pickerCoverage: '{year} · {n} kommuner',
  pickerNoData: 'inga värden',
  pickerLoading: 'Hämtar katalogen …',
  pickerSearching: 'Söker …',
  pickerNoMatch: 'Ingen indikator matchar ”{q}”',
  pickerShown: '{shown} av {total} visas: skriv för att söka eller välj en grupp',
  pickerCount: '{n} träffar',
  pickerError: 'Kunde inte hämta katalogen: {message}',
  sexLabel: 'Kön',
  sex_total: 'Totalt',
  sex_women: 'Kvinnor',
  sex_men: 'Män',
  sex_gap: 'Skillnad (kvinnor − män)',
  sexNone: 'Kolada delar inte denna indikator efter kön.',
  gapLegendWomen: 'kvinnor högre',
  gapLegendMen: 'män högre',
  gapLegendNote:
    'Skillnaden kvinnor − män, centrerad på 0: orange = kvinnornas värde är högre, lila = männens.',
} as const;

export type PickerTextKey = keyof typeof SV;

const EN: Record<PickerTextKey, string> = {
  pickerLabel: 'Indicator',
  pickerPlaceholder: 'Search every indicator (e.g. förskola)',
  pickerHelp: 'Arrow up and down choose, Enter shows, Esc closes.',
  pickerGroupFilter: 'Kolada group',
  pickerAllGroups: 'All groups',
  pickerAtlasSet: 'Atlas set',
  pickerAtlasFlag: 'atlas set',
  pickerRestOfKolada: 'Rest of Kolada',
  pickerBySex: 'women/men',
  pickerSvMarker: 'sv',
  pickerSvMarkerTitle: 'Swedish title: Kolada publishes no English titles',
  pickerCoverage: '{year} · {n} municipalities',
  pickerNoData: 'no values',
  pickerLoading: 'Loading the catalogue …',
  pickerSearching: 'Searching …',
  pickerNoMatch: 'No indicator matches “{q}”',
  pickerShown: '{shown} of {total} shown: type to search or choose a group',
  pickerCount: '{n} matches',
  pickerError: 'Could not load the catalogue: {message}',
  sexLabel: 'Sex',
  sex_total: 'Total',
  sex_women: 'Women',
  sex_men: 'Men',
  sex_gap: 'Gap (women − men)',
  sexNone: 'Kolada does not split this indicator by sex.',
  gapLegendWomen: 'women higher',
  gapLegendMen: 'men higher',
  gapLegendNote: 'The gap women − men, centred on 0: orange = women’s value is higher, purple = men’s.',
};

export type PickerText = Translator<PickerTextKey>;

export const pickerText = (lang: Lang): PickerText =>
  createTranslator<PickerTextKey>({ sv: SV, en: EN }, lang);

/** " · Kvinnor" after a title when the figures are one sex's (or the gap), nothing for the total. */
export function sexSuffix(sex: 'total' | 'women' | 'men' | 'gap', lang: Lang): string {
  return sex === 'total' ? '' : ` · ${pickerText(lang)(`sex_${sex}`)}`;
}
