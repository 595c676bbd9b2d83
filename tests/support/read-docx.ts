import { strFromU8, unzipSync } from 'fflate';
import { unescapeXml } from './read-xlsx';

/**
 * A DOCX read back the way a word processor reads it: `word/document.xml` from the zip, and the text of each
 * paragraph (its runs joined) in document order, without trusting the library that wrote the file.
 */
export function readDocx(bytes: Uint8Array): { xml: string; paragraphs: string[] } {
  const files = unzipSync(bytes);
  const document = files['word/document.xml'];
  if (!document) throw new Error('the file has no word/document.xml: not a DOCX');
  const xml = strFromU8(document);
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join(''),
  );
  return { xml, paragraphs };
}
