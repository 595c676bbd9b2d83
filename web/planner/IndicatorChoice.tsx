import type { ComponentProps } from 'react';
import type { Indicator } from '../../data/contract';
import { useI18n } from '../i18n/use-i18n';
import { IndicatorPicker } from './lazy-panels';
import { usePendingChoice, type PendingChoice } from './pending-choice';
import { useSettledFor } from './use-settled-for';

type PickerProps = ComponentProps<typeof IndicatorPicker>;

/**
 * A status line for every switch would flash on and off in a fraction of a second (and move the legend twice):
 * it appears once a new indicator has kept the reader waiting this long.
 */
export const ANNOUNCE_AFTER_MS = 200;

/** The picker, naming the indicator just chosen while its values are on their way. */
export function ChoiceAwarePicker({ pending, value, ...picker }: PickerProps & { pending: PendingChoice }) {
  const chosen = usePendingChoice(pending);
  return <IndicatorPicker {...picker} value={chosen ?? value} />;
}

interface StatusProps {
  pending: PendingChoice;
  /** The indicator the URL asks for. */
  requested: Indicator | undefined;
  /** The indicator whose colours the map shows (undefined: none yet). */
  drawnId: string | undefined;
  /** The values request failed: the page's error says so instead. */
  failed: boolean;
}

/** Until a new indicator's colours are drawn, a status line names what is loading. */
export function IndicatorLoadingStatus({ pending, requested, drawnId, failed }: StatusProps) {
  const { lang, t } = useI18n();
  const loading = usePendingChoice(pending) ?? requested ?? null;
  const waiting = useSettledFor(failed || loading?.id === drawnId ? null : loading, ANNOUNCE_AFTER_MS);
  if (!waiting) return null;
  return (
    <p className="hint" role="status" data-testid="indicator-loading">
      {t('loadingIndicator', { name: waiting.title[lang] })}
    </p>
  );
}
