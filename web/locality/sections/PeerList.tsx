import type { PeerListItem } from '../peers/peer-presentation';
import type { LocalityText } from '../texts';

interface PeerListProps {
  items: readonly PeerListItem[];
  compare: readonly string[];
  onChange: (compare: string[]) => void;
  t: LocalityText;
}

/** Members of the chosen peer group; "most similar" shows its distance and the indicators that made it close. */
export function PeerList({ items, compare, onChange, t }: PeerListProps) {
  const toggle = (code: string) =>
    onChange(compare.includes(code) ? compare.filter((item) => item !== code) : [...compare, code]);
  return (
    <ol className="peer-list">
      {items.map((item) => (
        <li key={item.code} className="peer-item" data-code={item.code}>
          <label className="peer-toggle">
            <input type="checkbox" checked={compare.includes(item.code)} onChange={() => toggle(item.code)} />
            <span className="peer-name">{item.name}</span>
          </label>
          {item.distance !== null && (
            <span className="peer-distance">
              <span
                className="peer-distance-bar"
                style={{ width: `${Math.max(4, (item.relativeDistance ?? 0) * 100)}%` }}
                aria-hidden="true"
              />
              <span>{t('distance', { distance: item.distance.toFixed(2) })}</span>
            </span>
          )}
          {item.reasons.length > 0 && (
            <span className="peer-reasons">
              {t('closestOn', {
                reasons: item.reasons
                  .map((reason) => `${reason.title} (${t('sd', { value: reason.difference.toFixed(2) })})`)
                  .join(', '),
              })}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
