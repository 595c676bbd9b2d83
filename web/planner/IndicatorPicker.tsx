import { useId, useMemo, useState } from 'react';
import { THEMES } from '../../data/contract/codes';
import type { Indicator } from '../../data/contract';
import { useI18n } from '../i18n/use-i18n';

interface Props {
  catalogue: Indicator[];
  value: string;
  onChange: (id: string) => void;
}

/** A search box that narrows a native select grouped by theme: keyboard and screen-reader friendly for free. */
export function IndicatorPicker({ catalogue, value, onChange }: Props) {
  const { lang, t } = useI18n();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const selectId = useId();
  const needle = query.trim().toLocaleLowerCase(lang);
  const { groups, matchCount } = useMemo(() => {
    const hits = (i: Indicator) =>
      !needle || `${i.title[lang]} ${i.id}`.toLocaleLowerCase(lang).includes(needle);
    // The current indicator stays in the list so the select never shows a value it does not contain.
    const shown = catalogue.filter((i) => i.years.length > 0 && (i.id === value || hits(i)));
    const grouped = THEMES.map((theme) => ({
      theme,
      items: shown
        .filter((i) => i.theme === theme)
        .sort((a, b) => a.title[lang].localeCompare(b.title[lang], lang)),
    })).filter((group) => group.items.length > 0);
    return { groups: grouped, matchCount: shown.filter(hits).length };
  }, [catalogue, needle, lang, value]);

  return (
    <div className="field">
      <label htmlFor={selectId}>{t('indicator')}</label>
      <input
        id={searchId}
        type="search"
        className="input"
        placeholder={t('searchIndicator')}
        aria-label={t('searchIndicator')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <select
        id={selectId}
        className="input"
        value={value}
        data-testid="indicator-select"
        onChange={(event) => onChange(event.target.value)}
      >
        {groups.map((group) => (
          <optgroup key={group.theme} label={t(`theme_${group.theme}`)}>
            {group.items.map((indicator) => (
              <option key={indicator.id} value={indicator.id}>
                {indicator.title[lang]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {needle && matchCount === 0 ? (
        <p className="hint" role="status">
          {t('noIndicatorMatch')}
        </p>
      ) : null}
    </div>
  );
}
