import { useI18n } from '../i18n/use-i18n';

/**
 * While a year drag holds the pointer only the map follows it: what follows on release (the legend, the table,
 * the summary) says which year it shows, so none of them silently shows another year than the map.
 */
export function FollowsOnRelease({ year }: { year: number }) {
  const { t } = useI18n();
  return (
    <p className="hint follows-on-release" data-testid="follows-on-release">
      {t('followsOnRelease', { year })}
    </p>
  );
}
