/** File signatures people mistake for CSV: a spreadsheet saved in its own format, a zip, a PDF. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (an .xlsx or .ods workbook is one): save it as CSV',
  },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel (.xls) workbook: save it as CSV' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive: unpack it first' },
];
const UTF16 = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

const SAMPLE = 8192;

/**
 * Names binary content for what it is, or null for text: a known signature, UTF-16, or more than 5 % control
 * bytes in the first 8 KiB (text in UTF-8 or Windows-1252 has next to none; a stray NUL in a cell is text with a
 * flaw, stripped later, not binary).
 *
 * @example describeBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // "binary data, not text: a ZIP archive ..."
 * @example describeBinary(new TextEncoder().encode('a,b\n1,2\n')) // null
 */
export function describeBinary(bytes: Uint8Array): string | null {
  const known = SIGNATURES.find((s) => s.bytes.every((byte, i) => bytes[i] === byte));
  if (known) return `binary data, not text: ${known.what}`;
  if (UTF16.some(([a, b]) => bytes[0] === a && bytes[1] === b))
    return 'UTF-16 text: save the file as UTF-8 (or "CSV UTF-8" in Excel)';
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control += 1;
  if (sample.length > 0 && control / sample.length > 0.05)
    return `binary data, not text: ${control} control bytes in the first ${sample.length}`;
  return null;
}
