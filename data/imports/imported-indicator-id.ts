import type { IndicatorId } from '../contract';

/**
 * `import_` + a slug of the title, so an import never takes over an indicator of the atlas. Titles that differ only
 * in case or punctuation make the same id: the preview refuses such a collision.
 *
 * @example importedIndicatorId('Lärlingsplatser, antal') // 'import_larlingsplatser_antal'
 */
export function importedIndicatorId(title: string): IndicatorId {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `import_${slug || 'indicator'}`.slice(0, 64).replace(/_+$/, '');
}
