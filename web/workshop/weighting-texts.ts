import { createTranslator, type Translator } from '../i18n/translate';
import type { Lang } from '../lib/format';

/** Texts of the stakeholder weightings panel (the table's own words are in data/workshop-weightings). */
const sv = {
  heading: 'Aktörernas viktningar',
  help: 'Varje organisations viktning av attraktivitetsindexet, sparad med det databygge och de rangordningar den gav då. Spara en viktning från kartans indexläge.',
  none: 'Ingen organisation har sparat en viktning ännu.',
  caption: 'Viktningar sida vid sida: organisationerna som kolumner',
  openIndex: 'Öppna indexläget på kartan',
};
type WeightingTextKey = keyof typeof sv;

const en: Record<WeightingTextKey, string> = {
  heading: "Stakeholders' weightings",
  help: "Each organisation's weighting of the attractiveness index, saved with the data build and the ranks it gave then. Save a weighting from the map's index mode.",
  none: 'No organisation has saved a weighting yet.',
  caption: 'Weightings side by side: the organisations as columns',
  openIndex: "Open the map's index mode",
};

export type WeightingText = Translator<WeightingTextKey>;
export const weightingText = (lang: Lang): WeightingText =>
  createTranslator<WeightingTextKey>({ sv, en }, lang);
