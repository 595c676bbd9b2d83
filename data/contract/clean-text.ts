import { z } from 'zod';

/**
 * Characters no title, name, unit, source or note needs: C0 controls other than tab and line breaks, DEL, C1
 * controls, bidirectional overrides and isolates (they reorder what a reader sees) and stray byte-order marks.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const BREAKS = /[\t\r\n]+/g;

/**
 * Strips control characters; a one-line field (title, name, unit, source) also turns tabs and line breaks into
 * one space. Pure, shared by the import validation and the workshop contract.
 *
 * @example cleanText('Lärlings\u0000platser\n2024') // "Lärlingsplatser 2024"
 * @example cleanText('rad 1\nrad 2', { multiline: true }) // "rad 1\nrad 2"
 */
export function cleanText(text: string, options: { multiline?: boolean } = {}): string {
  const stripped = text.replace(CONTROL, '');
  return (options.multiline ? stripped : stripped.replace(BREAKS, ' ')).trim();
}

/** Longest text the atlas keeps per kind of field; longer input is refused with the limit named. */
export const TEXT_LIMITS = {
  title: 200,
  name: 120,
  unit: 40,
  source: 300,
  note: 500,
  entry: 2000,
  recommendations: 20000,
} as const;

/**
 * A text field of the contract: control characters stripped first, then trimmed and limited.
 *
 * @example CleanText(120).parse(' AB\u0007 Verkstad ') // "AB Verkstad"
 */
export function CleanText(max: number, options: { multiline?: boolean; allowEmpty?: boolean } = {}) {
  const checked = z.string().max(max, `at most ${max} characters`);
  return z
    .string()
    .transform((text) => cleanText(text, options))
    .pipe(options.allowEmpty ? checked : checked.min(1, 'must not be empty'));
}
