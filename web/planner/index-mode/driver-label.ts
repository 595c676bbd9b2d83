import type { RobustnessFactor } from '../../../data/contract';
import type { IndexText } from './texts';

/** "the weight of Housing", "the normalisation", … for a robustness factor. */
export function driverLabel(factor: RobustnessFactor, t: IndexText, titleOf: (id: string) => string): string {
  if (factor === 'normalisation') return t('factor_normalisation');
  if (factor === 'aggregation') return t('factor_aggregation');
  if (factor === 'leave_out') return t('factor_leave_out');
  return t('factor_weight', { name: titleOf(factor.slice('weight:'.length)) });
}
