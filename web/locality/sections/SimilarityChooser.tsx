import { useState } from 'react';
import type { Indicator, LocalisedText } from '../../../data/contract';
import type { Peers } from '../../../data/contract/api';
import type { Lang } from '../../lib/format';
import { similarityBasis } from '../peers/peer-presentation';
import type { LocalityText } from '../texts';

interface SimilarityChooserProps {
  peers: Peers;
  catalogue: ReadonlyMap<string, Indicator>;
  titles: Readonly<Record<string, LocalisedText>>;
  selected: readonly string[];
  onApply: (similarBy: string[]) => void;
  lang: Lang;
  t: LocalityText;
}

/** Enough municipalities with data for a distance over all 290 to mean something. */
const MIN_COVERAGE = 250;

/** Shows how "most similar" is computed and lets the user pick the indicators it is computed over. */
export function SimilarityChooser({
  peers,
  catalogue,
  titles,
  selected,
  onApply,
  lang,
  t,
}: SimilarityChooserProps) {
  const basis = similarityBasis(peers, titles, lang);
  const [draft, setDraft] = useState<string[]>(() =>
    selected.length > 0 ? [...selected] : peers.similar.indicators.map((indicator) => indicator.id),
  );
  const candidates = [...catalogue.values()]
    .filter((indicator) => indicator.unit !== 'category' && indicator.coverage.municipalities >= MIN_COVERAGE)
    .sort((a, b) => a.theme.localeCompare(b.theme) || a.title[lang].localeCompare(b.title[lang], lang));
  const toggle = (id: string) =>
    setDraft((current) => (current.includes(id) ? current.filter((item) => item !== id) : [...current, id]));
  return (
    <div className="similarity">
      <p>
        <strong>{t('similarBasis')}:</strong> {basis.map((item) => item.label).join(', ')}
      </p>
      <details>
        <summary>{t('similarMethod')}</summary>
        <p className="method-note">{t('similarMethodText')}</p>
      </details>
      <details className="similarity-chooser">
        <summary>{t('similarChoose')}</summary>
        <div className="similarity-options">
          {candidates.map((indicator) => (
            <label key={indicator.id}>
              <input
                type="checkbox"
                checked={draft.includes(indicator.id)}
                onChange={() => toggle(indicator.id)}
              />
              {indicator.title[lang]} <span className="card-hint">({t(`theme_${indicator.theme}`)})</span>
            </label>
          ))}
        </div>
        <p>
          <button type="button" disabled={draft.length === 0} onClick={() => onApply(draft.slice(0, 30))}>
            {t('similarApply')}
          </button>{' '}
          <button type="button" onClick={() => onApply([])}>
            {t('similarReset')}
          </button>
        </p>
      </details>
    </div>
  );
}
