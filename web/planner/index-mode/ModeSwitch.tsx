import { useI18n } from '../../i18n/use-i18n';
import { indexText } from './texts';

/** Indicator or index: which the map shows. */
export function ModeSwitch({
  mode,
  onChange,
}: {
  mode: 'indicator' | 'index';
  onChange: (mode: 'indicator' | 'index') => void;
}) {
  const { lang } = useI18n();
  const t = indexText(lang);
  return (
    <div className="tabs mode-switch" role="group" aria-label={t('modeLabel')}>
      {(['indicator', 'index'] as const).map((m) => (
        <button key={m} type="button" className="tab" aria-pressed={mode === m} onClick={() => onChange(m)}>
          {t(m === 'index' ? 'modeIndex' : 'modeIndicator')}
        </button>
      ))}
    </div>
  );
}
