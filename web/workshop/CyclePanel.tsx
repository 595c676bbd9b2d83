import { EntryKind, type Cycle, type Indicator, type Workshop } from '../../data/contract';
import type { Lang } from '../lib/format';
import { EntryForm } from './EntryForm';
import { prioritised } from './entry-order';
import { EntryItem } from './EntryItem';
import { MeetingRecordPanel } from './MeetingRecordPanel';
import { SinceLastTimePanel } from './SinceLastTimePanel';
import type { WorkshopText } from './texts';
import type { WorkshopWrites } from '../data/workshop-queries';

interface CyclePanelProps {
  workshop: Workshop;
  cycle: Cycle;
  catalogue: ReadonlyMap<string, Indicator>;
  writes: WorkshopWrites | null;
  editToken: string | null;
  lang: Lang;
  t: WorkshopText;
}

export function CyclePanel({ workshop, cycle, catalogue, writes, editToken, lang, t }: CyclePanelProps) {
  const isFirst = workshop.cycles[0]?.id === cycle.id;
  return (
    <section className="cycle-panel" aria-labelledby={`cycle-${cycle.number}`}>
      <h2 id={`cycle-${cycle.number}`}>{t('cycleOn', { n: cycle.number, date: cycle.date })}</h2>
      {isFirst ? null : (
        <SinceLastTimePanel
          workshop={workshop}
          number={cycle.number}
          catalogue={catalogue}
          writes={writes}
          lang={lang}
          t={t}
        />
      )}
      {writes ? <EntryForm workshop={workshop} cycle={cycle} writes={writes} lang={lang} t={t} /> : null}
      <div className="entry-columns">
        {EntryKind.options.map((kind) => {
          const entries = prioritised(cycle.entries, kind);
          return (
            <section
              key={kind}
              className={`entry-group entry-group-${kind}`}
              aria-labelledby={`${cycle.id}-${kind}`}
            >
              <h3 id={`${cycle.id}-${kind}`}>{t(`kinds_${kind}`)}</h3>
              {entries.length === 0 ? (
                <p className="empty">{t('emptyKind')}</p>
              ) : (
                <ol className="entries">
                  {entries.map((entry) => (
                    <EntryItem
                      key={entry.id}
                      entry={entry}
                      workshop={workshop}
                      catalogue={catalogue}
                      writes={writes}
                      editToken={editToken}
                      lang={lang}
                      t={t}
                    />
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
      <MeetingRecordPanel workshop={workshop} cycle={cycle} editToken={editToken} lang={lang} t={t} />
    </section>
  );
}
