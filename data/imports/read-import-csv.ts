import Papa from 'papaparse';
import { describeBinary } from '../csv/binary-content';
import { decodeText } from '../csv/decode-text';

/** A user's CSV as rows of named cells, each row with the 1-based line it starts on. */
export interface ImportTable {
  delimiter: ';' | ',';
  /** Canonical column names in file order (aliases such as "kommunkod" already mapped). */
  header: string[];
  rows: { line: number; cells: Record<string, string> }[];
  notes: string[];
}

/** Swedish and English headers people actually type, mapped to the canonical names. */
const HEADER_ALIASES: Record<string, string> = {
  kommunkod: 'municipality_code',
  kommun_kod: 'municipality_code',
  kod: 'municipality_code',
  år: 'year',
  ar: 'year',
  värde: 'value',
  varde: 'value',
  titel: 'title',
  rubrik: 'title',
  enhet: 'unit',
  riktning: 'direction',
  källa: 'source',
  kalla: 'source',
  tema: 'theme',
  företag: 'company',
  foretag: 'company',
  site_name: 'site',
  anläggning: 'site',
  anlaggning: 'site',
  arbetsställe: 'site',
  latitud: 'lat',
  latitude: 'lat',
  longitud: 'lon',
  longitude: 'lon',
  lng: 'lon',
  verksamhet: 'activity',
  anställda: 'employees',
  anstallda: 'employees',
  sni: 'nace',
};

export function canonicalColumn(name: string): string {
  const key = name.trim().toLowerCase().replace(/\s+/g, '_');
  return HEADER_ALIASES[key] ?? key;
}

/** Excel in Swedish locale writes ";" between fields because "," is the decimal sign. */
function detectDelimiter(headerLine: string): ';' | ',' {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Decodes (UTF-8 with or without BOM, or Windows-1252) and splits a CSV with one header row, separated by
 * semicolons or commas. Empty lines are skipped; line numbers count quoted line breaks.
 */
export function readImportCsv(bytes: Uint8Array): ImportTable {
  const binary = describeBinary(bytes);
  if (binary) throw new Error(binary);
  const { text, notes } = decodeText(bytes);
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter, newline: '\n' });
  const records = parsed.data;
  const header = (records[0] ?? []).map(canonicalColumn);
  const rows: ImportTable['rows'] = [];
  let line = 1;
  records.forEach((fields, index) => {
    const startLine = line;
    line += 1 + fields.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    if (index === 0 || fields.every((f) => f.trim() === '')) return;
    const cells: Record<string, string> = {};
    header.forEach((column, i) => {
      cells[column] = fields[i] ?? '';
    });
    // Excel adds empty trailing fields for formatted but empty cells; only real values beyond the header count.
    const extra = fields.slice(header.length);
    if (extra.some((field) => field.trim() !== '')) cells.__extra = extra.join(delimiter);
    rows.push({ line: startLine, cells });
  });
  return { delimiter, header, rows, notes };
}
