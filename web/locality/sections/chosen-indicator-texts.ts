import { createTranslator, type Translator } from '../../i18n/translate';
import type { Lang } from '../../lib/format';

/** Strings of the row opened from the planner (`?indicator=`), in both languages. */
const SV = {
  chosenHeading: 'Från kartan',
  chosenHelp:
    'Indikatorn du valde i kartan, för {name}: värde, år, plats av alla kommuner med data och spridning.',
  chosenLoading: 'Hämtar indikatorn …',
  chosenError: 'Kunde inte hämta indikatorn: {message}',
  chosenBackToMap: 'Tillbaka till kartan',
} as const;

export type ChosenTextKey = keyof typeof SV;

const EN: Record<ChosenTextKey, string> = {
  chosenHeading: 'From the map',
  chosenHelp:
    'The indicator you chose on the map, for {name}: value, year, place among all municipalities with data, and spread.',
  chosenLoading: 'Loading the indicator …',
  chosenError: 'Could not load the indicator: {message}',
  chosenBackToMap: 'Back to the map',
};

export const chosenText = (lang: Lang): Translator<ChosenTextKey> =>
  createTranslator<ChosenTextKey>({ sv: SV, en: EN }, lang);
