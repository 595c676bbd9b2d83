import { useId } from 'react';
import { MAX_COMPARE } from '../url-state';
import type { LocalityText } from '../texts';

interface ComparisonPickerProps {
  subject: string;
  compare: readonly string[];
  names: ReadonlyMap<string, string>;
  onChange: (compare: string[]) => void;
  t: LocalityText;
}

/** The chosen comparison municipalities as removable chips, and a picker to add any of the 290. */
export function ComparisonPicker({ subject, compare, names, onChange, t }: ComparisonPickerProps) {
  const id = useId();
  const options = [...names.entries()]
    .filter(([code]) => code !== subject && !compare.includes(code))
    .sort(([, a], [, b]) => a.localeCompare(b, 'sv'));
  return (
    <div className="comparison-picker">
      <h3>{t('comparing')}</h3>
      {compare.length === 0 ? (
        <p className="missing-note">{t('compareNone')}</p>
      ) : (
        <ul className="chips">
          {compare.map((code) => {
            const name = names.get(code) ?? code;
            return (
              <li key={code} className="chip" data-code={code}>
                {name}
                <button
                  type="button"
                  aria-label={t('compareRemove', { name })}
                  onClick={() => onChange(compare.filter((item) => item !== code))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {compare.length < MAX_COMPARE && (
        <p>
          <label htmlFor={id}>{t('compareAdd')}</label>{' '}
          <select
            id={id}
            value=""
            onChange={(event) => event.target.value && onChange([...compare, event.target.value])}
          >
            <option value="">—</option>
            {options.map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
        </p>
      )}
    </div>
  );
}
