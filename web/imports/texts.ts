import { createTranslator, type Translator } from '../i18n/translate';
import type { Lang } from '../lib/format';

/** UI text of the import page, Swedish first, English for visitors. */
const sv = {
  title: 'Lägg till egna uppgifter',
  intro:
    'Ladda upp en CSV-fil med egna siffror per kommun eller med företagsanläggningar. Du ser först vad som läggs till och vilka rader som inte går att använda. Inget sparas förrän du väljer ”Lägg till i atlasen”.',
  excelNote:
    'Filer sparade från Excel på svenska fungerar: semikolon eller komma, decimalkomma eller punkt, UTF-8 eller Windows-1252. Rubrikerna får vara på svenska eller engelska.',
  kind: 'Typ av fil',
  kindIndicator: 'Indikator (siffror per kommun och år)',
  kindFirms: 'Företagsanläggningar',
  columnsIndicator:
    'Kolumner: kommunkod, år, värde, titel, enhet (t.ex. %, kr, antal, per 1000 invånare), riktning (högre är bättre / högre är sämre / neutral), källa; valfritt tema. Ett tomt värde räknas som saknat, aldrig som 0.',
  columnsFirms:
    'Kolumner: företag, anläggning, nace, verksamhet, källa, och latitud + longitud (WGS84) eller kommunkod; valfritt anställda. Utan koordinater placeras anläggningen ungefärligt i kommunen.',
  file: 'CSV-fil',
  previewing: 'Granskar filen…',
  accepted: 'Läggs till: {n} rader',
  acceptedShown: '(de första {n} visas)',
  rejected: 'Avvisas: {n} rader',
  noneRejected: 'Inga rader avvisas.',
  line: 'Rad',
  column: 'Kolumn',
  reason: 'Orsak',
  notes: 'Om filen',
  newIndicators: 'Ny indikator i atlasen: {ids}',
  add: 'Lägg till i atlasen',
  adding: 'Sparar och bygger om atlasen…',
  nothingToAdd: 'Ingen rad kan användas: rätta filen och försök igen.',
  saved: '”{name}” är sparad ({rows} rader). Atlasen är ombyggd.',
  replaceNotice:
    'Det finns redan en import med namnet ”{name}” (från {file}, tillagd {date}). Om du sparar ersätts den helt av den här filen.',
  replaceNoticeUnknown:
    'Servern har redan en import med namnet ”{name}”. Ersätt den med den här filen, eller byt namn på filen och välj den igen.',
  replace: 'Ersätt ”{name}”',
  replaced: '”{name}” är ersatt med den nya filen ({rows} rader). Atlasen är ombyggd.',
  showOnMap: 'Visa på kartan',
  token: 'Importnyckel',
  tokenHint: 'Servern kräver en nyckel för att spara (fråga den som driver atlasen).',
  readOnly: 'Den här servern tar inte emot importer: {reason}',
  imports: 'Tillagda filer',
  noImports: 'Inga egna filer är tillagda.',
  name: 'Namn',
  rows: 'Rader',
  storedAt: 'Tillagd',
  originalFile: 'Fil',
  remove: 'Ta bort',
  removing: 'Tar bort…',
  confirmRemove: 'Ta bort ”{name}” ur atlasen?',
  error: 'Fel: {message}',
  back: 'Tillbaka till kartan',
};
export type ImportTextKey = keyof typeof sv;

const en: Record<ImportTextKey, string> = {
  title: 'Add your own data',
  intro:
    'Upload a CSV file with your own figures per municipality or with firm sites. You first see what would be added and which rows cannot be used. Nothing is saved until you choose "Add to atlas".',
  excelNote:
    'Files saved from Swedish Excel work: semicolon or comma, decimal comma or point, UTF-8 or Windows-1252. Headers may be Swedish or English.',
  kind: 'Kind of file',
  kindIndicator: 'Indicator (figures per municipality and year)',
  kindFirms: 'Firm sites',
  columnsIndicator:
    'Columns: municipality_code, year, value, title, unit (e.g. %, kr, persons, per_1000_inhabitants), direction (higher_is_better / higher_is_worse / neutral), source; optional theme. An empty value counts as missing, never as 0.',
  columnsFirms:
    'Columns: company, site, nace, activity, source, and lat + lon (WGS84) or municipality_code; optional employees. Without coordinates the site is placed approximately in its municipality.',
  file: 'CSV file',
  previewing: 'Checking the file…',
  accepted: 'To be added: {n} rows',
  acceptedShown: '(the first {n} shown)',
  rejected: 'Rejected: {n} rows',
  noneRejected: 'No row is rejected.',
  line: 'Line',
  column: 'Column',
  reason: 'Reason',
  notes: 'About the file',
  newIndicators: 'New indicator in the atlas: {ids}',
  add: 'Add to atlas',
  adding: 'Saving and rebuilding the atlas…',
  nothingToAdd: 'No row can be used: correct the file and try again.',
  saved: '"{name}" is saved ({rows} rows). The atlas has been rebuilt.',
  replaceNotice:
    'An import named "{name}" exists already (from {file}, added {date}). Saving replaces it entirely with this file.',
  replaceNoticeUnknown:
    'The server already has an import named "{name}". Replace it with this file, or rename the file and choose it again.',
  replace: 'Replace "{name}"',
  replaced: '"{name}" is replaced by the new file ({rows} rows). The atlas has been rebuilt.',
  showOnMap: 'Show on the map',
  token: 'Import key',
  tokenHint: 'This server needs a key to save (ask whoever runs the atlas).',
  readOnly: 'This server does not accept imports: {reason}',
  imports: 'Added files',
  noImports: 'No files of your own have been added.',
  name: 'Name',
  rows: 'Rows',
  storedAt: 'Added',
  originalFile: 'File',
  remove: 'Remove',
  removing: 'Removing…',
  confirmRemove: 'Remove "{name}" from the atlas?',
  error: 'Error: {message}',
  back: 'Back to the map',
};

export type ImportText = Translator<ImportTextKey>;

/** @example importText('en')('rows') // "Rows" */
export const importText = (lang: Lang): ImportText => createTranslator<ImportTextKey>({ sv, en }, lang);

/** Both dictionaries, for the test that every key has both languages. */
export const IMPORT_DICTIONARIES = { sv, en };
