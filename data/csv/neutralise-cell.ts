/**
 * Characters that make a spreadsheet (Excel, LibreOffice Calc, Google Sheets) read a cell as a formula or run a
 * DDE command. Tab and CR count too: some spreadsheets strip them and then see the `=` behind them.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell that a spreadsheet shows as text, never evaluates: a leading apostrophe when the text starts like
 * a formula (OWASP "CSV injection"). Pure, no I/O, so the API's and the dashboard's downloads share it.
 * Numbers written as numbers are not passed here: `-3.5` must stay a negative figure.
 *
 * @example neutraliseCell('=HYPERLINK("http://x","y")') // "'=HYPERLINK(\"http://x\",\"y\")"
 * @example neutraliseCell('Gnosjö') // "Gnosjö"
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Whether a text cell would be read as a formula before neutralising. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
