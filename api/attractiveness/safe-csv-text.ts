/**
 * Text cells of the index CSV pass through here so a spreadsheet never runs them as formulas (a leading =, +, −,
 * @, tab or carriage return gets a leading apostrophe). Numbers are written by us and never pass through.
 * One function, so it is trivial to switch to the project's shared neutraliser once that lands.
 * @example safeCsvText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function safeCsvText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
