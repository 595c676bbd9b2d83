import type { Indicator } from '../../data/contract';
import type { RankedValue } from '../../data/contract/api';
import { formatValue } from '../lib/format';
import type { MunicipalityHover } from '../map/types';
import { useI18n } from '../i18n/use-i18n';

interface Props {
  hover: MunicipalityHover;
  indicator: Indicator;
  year: number;
  value: RankedValue | undefined;
  n: number;
}

/** Name, value with unit and year, and rank of N next to the pointer; flips sides near the map's right edge. */
export function MapTooltip({ hover, indicator, year, value, n }: Props) {
  const { lang, t } = useI18n();
  return (
    <div className="tooltip" style={{ left: hover.x, top: hover.y }} role="status" aria-live="off">
      <strong className="tooltip__name">{hover.name}</strong>
      <span className="tooltip__value">
        {value ? formatValue(value.value, indicator, lang) : t('noData')}
        <span className="tooltip__year"> · {year}</span>
      </span>
      {value?.rank !== undefined && indicator.unit !== 'category' ? (
        <span className="tooltip__rank">
          {t('rank')} {t('rankOf', { rank: value.rank, n })}
        </span>
      ) : null}
    </div>
  );
}
