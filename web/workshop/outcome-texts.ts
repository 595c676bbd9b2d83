import { createTranslator, type Translator } from '../i18n/translate';
import type { Lang } from '../lib/format';

/** Texts of the outcomes register panel (the report's own words are in data/workshop-report). */
const sv = {
  outcomes: 'Resultat',
  outcomesHelp:
    'Vad har förändrats tack vare gruppens arbete? Varje resultat behöver minst ett underlag: en siffra från atlasen eller en skriftlig källa.',
  none: 'Inga resultat registrerade ännu.',
  statement: 'Resultat',
  status: 'Status',
  statusOf: 'Status: {statement}',
  actions: 'Bidragande åtgärder',
  noActions: 'Inga åtgärder ännu.',
  evidence: 'Underlag',
  indicator: 'Siffra från atlasen',
  noIndicator: '(ingen siffra)',
  citation: 'Skriftlig källa (rapport, protokoll …)',
  url: 'Länk till källan (valfri)',
  add: 'Lägg till resultat',
  remove: 'Ta bort resultatet',
  removeConfirm: 'Ta bort resultatet "{statement}"?',
  error: 'Kunde inte spara: {message}',
  needsEvidence: 'Ange minst ett underlag: välj en siffra eller skriv en källa.',
  downloadDocx: 'Rapport (DOCX, redigerbar)',
};
type OutcomeTextKey = keyof typeof sv;

const en: Record<OutcomeTextKey, string> = {
  outcomes: 'Outcomes',
  outcomesHelp:
    "What has changed because of the group's work? Every outcome needs at least one piece of evidence: a figure from the atlas or a written source.",
  none: 'No outcomes recorded yet.',
  statement: 'Outcome',
  status: 'Status',
  statusOf: 'Status: {statement}',
  actions: 'Contributing actions',
  noActions: 'No actions yet.',
  evidence: 'Evidence',
  indicator: 'Figure from the atlas',
  noIndicator: '(no figure)',
  citation: 'Written source (report, minutes …)',
  url: 'Link to the source (optional)',
  add: 'Add outcome',
  remove: 'Delete the outcome',
  removeConfirm: 'Delete the outcome "{statement}"?',
  error: 'Could not save: {message}',
  needsEvidence: 'Give at least one piece of evidence: choose a figure or write a source.',
  downloadDocx: 'Report (DOCX, editable)',
};

export type OutcomeText = Translator<OutcomeTextKey>;
export const outcomeText = (lang: Lang): OutcomeText => createTranslator<OutcomeTextKey>({ sv, en }, lang);
