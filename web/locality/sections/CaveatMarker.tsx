import { useId } from 'react';
import type { LocalisedText } from '../../../data/contract';
import type { Lang } from '../../lib/format';
import type { LocalityText } from '../texts';

/** A marker beside a figure whose caveat shows on hover and focus, and is printed in full. */
export function CaveatMarker({
  caveats,
  lang,
  t,
}: {
  caveats: readonly LocalisedText[];
  lang: Lang;
  t: LocalityText;
}) {
  const id = useId();
  if (caveats.length === 0) return null;
  return (
    <span className="caveat-marker">
      <button type="button" className="caveat-button" aria-describedby={id} aria-label={t('caveatMarker')}>
        !
      </button>
      <span role="tooltip" id={id} className="caveat-text">
        {caveats.map((caveat) => caveat[lang]).join(' ')}
      </span>
    </span>
  );
}
