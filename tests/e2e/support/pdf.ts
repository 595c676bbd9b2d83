import { execFileSync } from 'node:child_process';
import { normaliseIntl } from './normalise';

/** A printed PDF's text through poppler's pdftotext (layout kept, Intl's spaces made plain); `pages` as [first, last]. */
export function pdfText(pdf: string, pages?: [number, number]): string {
  const range = pages ? ['-f', String(pages[0]), '-l', String(pages[1])] : [];
  return normaliseIntl(execFileSync('pdftotext', [...range, '-layout', pdf, '-'], { encoding: 'utf8' }));
}

/** How many pages poppler's pdfinfo counts. */
export function pdfPageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
}

/** The first page as `${outBase}.png`, at `dpi`, to look at next to the screenshots. */
export function pdfFirstPageToPng(pdf: string, outBase: string, dpi: number): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, outBase]);
}
