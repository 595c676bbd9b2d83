import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** Notes on what was normalised (BOM removed, legacy encoding), for the build warnings. */
  notes: string[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns file bytes into text with LF line endings. The snapshot is UTF-8, but files saved from Excel on Windows
 * arrive as Windows-1252: bytes that are not valid UTF-8 are read as Windows-1252 (a superset of Latin-1 for
 * printable text) rather than turned into replacement characters.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const notes: string[] = [];
  let body = bytes;
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) {
    body = bytes.subarray(UTF8_BOM.length);
    notes.push('UTF-8 byte-order mark removed');
  }
  let text: string;
  try {
    text = strictUtf8.decode(body);
  } catch {
    text = iconv.decode(Buffer.from(body), 'windows-1252');
    notes.push('not valid UTF-8: read as Windows-1252');
  }
  return { text: text.replace(/\r\n?/g, '\n'), notes };
}
