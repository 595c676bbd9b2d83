import { strFromU8, unzipSync } from 'fflate';

/** A cell read back from an XLSX file: its stored type ("s" shared text, "n" number) and its text. */
export interface ReadCell {
  type: 's' | 'n';
  text: string;
}

export function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/**
 * The first sheet's rows, read from the XML inside the zip the way a spreadsheet reads them: enough to check
 * that codes are stored as text and figures as numbers, without trusting the library that wrote the file.
 */
export function readXlsxRows(bytes: Uint8Array): (ReadCell | null)[][] {
  const files = unzipSync(bytes);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  const shared = [
    ...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(
      /<si><t[^>]*>([^<]*)<\/t><\/si>/g,
    ),
  ].map((m) => unescapeXml(m[1] ?? ''));
  return [...sheet.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((row) => {
    const cells: (ReadCell | null)[] = [];
    for (const cell of (row[1] ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(?:<v>([^<]*)<\/v>)?<\/c>/g)) {
      const column = [...(cell[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      while (cells.length < column) cells.push(null);
      const isShared = / t="s"/.test(cell[2] ?? '');
      const value = cell[3] ?? '';
      cells.push(isShared ? { type: 's', text: shared[Number(value)] ?? '' } : { type: 'n', text: value });
    }
    return cells;
  });
}
