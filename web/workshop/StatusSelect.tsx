import { ActionStatus, type Entry } from '../../data/contract';
import type { WorkshopText } from './texts';
import type { WorkshopWrites } from '../data/workshop-queries';

/** An action's status: a select for those who may write, a label for readers. */
export function StatusSelect({
  entry,
  writes,
  t,
}: {
  entry: Entry;
  writes: WorkshopWrites | null;
  t: WorkshopText;
}) {
  const status = entry.action?.status ?? 'planned';
  if (!writes) return <span className={`status status-${status}`}>{t(`status_${status}`)}</span>;
  return (
    <label>
      {t('status')}{' '}
      <select
        value={status}
        aria-label={`${t('status')}: ${entry.text}`}
        onChange={(e) =>
          writes.updateEntry.mutate({
            entryId: entry.id,
            patch: { action: { status: ActionStatus.parse(e.target.value) }, version: entry.version },
          })
        }
      >
        {ActionStatus.options.map((option) => (
          <option key={option} value={option}>
            {t(`status_${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
