import { useId } from 'react';
import type { SexView } from '../../data/contract/api';
import { SEX_VIEWS } from '../../data/contract/sex-views';
import { useI18n } from '../i18n/use-i18n';
import { pickerText } from './picker-texts';

interface Props {
  value: SexView;
  /** Whether Kolada splits this indicator by sex; without a split the control says so instead of offering it. */
  available: boolean;
  onChange: (sex: SexView) => void;
}

/** Total, women, men or the gap (women − men): the same choice colours the map, the table and the downloads. */
export function SexSelector({ value, available, onChange }: Props) {
  const { lang } = useI18n();
  const text = pickerText(lang);
  const name = useId();
  const reasonId = useId();
  return (
    <fieldset
      className="fieldset sex-selector"
      data-testid="sex-selector"
      disabled={!available}
      aria-describedby={available ? undefined : reasonId}
    >
      <legend>{text('sexLabel')}</legend>
      {SEX_VIEWS.map((sex) => (
        <label key={sex} className="check">
          <input
            type="radio"
            name={name}
            value={sex}
            checked={(available ? value : 'total') === sex}
            onChange={() => onChange(sex)}
          />
          {text(`sex_${sex}`)}
        </label>
      ))}
      {available ? null : (
        <p id={reasonId} className="hint">
          {text('sexNone')}
        </p>
      )}
    </fieldset>
  );
}
