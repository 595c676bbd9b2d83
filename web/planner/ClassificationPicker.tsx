import { useId } from 'react';
import {
  CLASSIFICATION_METHODS,
  isClassificationMethod,
  type ClassificationMethod,
} from '../lib/classification';
import { useI18n } from '../i18n/use-i18n';

interface Props {
  value: ClassificationMethod;
  disabled: boolean;
  onChange: (method: ClassificationMethod) => void;
}

export function ClassificationPicker({ value, disabled, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('classification')}</label>
      <select
        id={id}
        className="input"
        value={value}
        disabled={disabled}
        onChange={(event) => {
          if (isClassificationMethod(event.target.value)) onChange(event.target.value);
        }}
      >
        {CLASSIFICATION_METHODS.map((method) => (
          <option key={method} value={method}>
            {t(`class_${method}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
