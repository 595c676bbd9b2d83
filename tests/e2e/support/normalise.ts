/** Intl writes U+00A0 / U+202F between thousands and U+2212 for minus: fold them to plain ASCII for assertions. */
export function normaliseIntl(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}
