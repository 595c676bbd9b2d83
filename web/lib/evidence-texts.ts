import { createTranslator, type Translator } from '../i18n/translate';
import type { Lang } from './format';

/** Text of the evidence on workshop cards and of "add to workshop" on the locality page and the planner. */
const sv = {
  then: 'Då',
  now: 'Nu',
  reading: '{value} ({year}; {source})',
  thenBuild: 'databygge {build}',
  nowUnavailable: 'Nu: inte tillgängligt.',
  unavailable_indicator_gone: 'Det nuvarande databygget har inte längre den här indikatorn.',
  unavailable_year_gone: 'Det nuvarande databygget har inte längre året {year} för den här indikatorn.',
  unavailable_no_value: 'Det nuvarande databygget har inget värde för den här kommunen.',
  seriesLabel: 'Serien {from}–{to} för {municipality}',
  seriesTable: 'Serien år för år',
  year: 'År',
  value: 'Värde',
  missing: 'saknas',
  openMapView: 'Öppna den sparade kartvyn ({year})',
  addToWorkshop: 'Lägg till i verkstad',
  addToWorkshopIntro: 'Verkstäder som den här webbläsaren har en länk till:',
  noHeldWorkshops:
    'Den här webbläsaren har ingen verkstadslänk ännu. Öppna verkstaden en gång med samtalsledarens eller deltagarnas länk.',
  addTo: 'Lägg till i "{title}"',
  forget: 'Glöm "{title}"',
  roleFacilitator: 'samtalsledare',
  roleParticipant: 'deltagare',
  prefilledLink: 'Länkas: {indicator} för {municipality}',
  attachMapView: 'Bifoga den aktuella kartvyn ({indicator}, {year})',
} as const;

export type EvidenceTextKey = keyof typeof sv;

const en: Record<EvidenceTextKey, string> = {
  then: 'Then',
  now: 'Now',
  reading: '{value} ({year}; {source})',
  thenBuild: 'data build {build}',
  nowUnavailable: 'Now: unavailable.',
  unavailable_indicator_gone: 'The current data build no longer has this indicator.',
  unavailable_year_gone: 'The current data build no longer has the year {year} for this indicator.',
  unavailable_no_value: 'The current data build has no value for this municipality.',
  seriesLabel: 'The series {from}–{to} for {municipality}',
  seriesTable: 'The series year by year',
  year: 'Year',
  value: 'Value',
  missing: 'missing',
  openMapView: 'Open the saved map view ({year})',
  addToWorkshop: 'Add to workshop',
  addToWorkshopIntro: 'Workshops this browser holds a link to:',
  noHeldWorkshops:
    "This browser holds no workshop link yet. Open the workshop once with the facilitator's or the participants' link.",
  addTo: 'Add to "{title}"',
  forget: 'Forget "{title}"',
  roleFacilitator: 'facilitator',
  roleParticipant: 'participant',
  prefilledLink: 'Linked: {indicator} for {municipality}',
  attachMapView: 'Attach the current map view ({indicator}, {year})',
};

export type EvidenceText = Translator<EvidenceTextKey>;

/** @example evidenceText('en')('now') // "Now" */
export const evidenceText = (lang: Lang): EvidenceText => createTranslator<EvidenceTextKey>({ sv, en }, lang);
