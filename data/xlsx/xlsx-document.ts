import writeXlsxFile, { type Cell } from 'write-excel-file/universal';

/** A cell of a download: text stays text (codes keep their leading zero), a figure is a number, missing is empty. */
export type XlsxCell = string | number | null;

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cellOf(value: XlsxCell): Cell {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { type: Number, value } : null;
  // A string cell in XLSX is never evaluated, so unlike CSV it needs no apostrophe against formulas; XML 1.0
  // cannot hold most control characters, so they are dropped rather than making the file unreadable.
  return { type: String, value: value.replace(XML_INVALID, '') };
}

/**
 * One sheet with a bold, frozen header row. Works in Node and in the browser (no I/O), so the API's and the
 * dashboard's downloads share it.
 *
 * @example await xlsxDocument('values', ['municipality_code', 'value'], [['0617', 12.5]]) // Uint8Array (zip)
 */
export async function xlsxDocument(
  sheet: string,
  header: readonly string[],
  rows: readonly (readonly XlsxCell[])[],
): Promise<Uint8Array<ArrayBuffer>> {
  const data: Cell[][] = [
    header.map((text) => ({ type: String, value: text, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map(cellOf)),
  ];
  // Sheet names may not hold []:*?/\ and are at most 31 characters long.
  const name = sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
  const blob = await writeXlsxFile(data, { sheet: name, stickyRowsCount: 1 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
