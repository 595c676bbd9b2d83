import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { slimCatalogueQuery } from '../data/catalogue-queries';
import { VOTABLE_KINDS, type Entry, type Indicator, type Workshop } from '../../data/contract';
import type { Lang } from '../lib/format';
import { EntryComments } from './EntryComments';
import { EntryEditForm } from './EntryEditForm';
import { StatusSelect } from './StatusSelect';
import { readingText } from './indicator-text';
import { IndicatorTitle, SourceLabel } from '../lib/SourceLanguageText';
import { fillNodes } from '../i18n/fill-nodes';
import type { WorkshopText } from './texts';
import { useMunicipalityNames, type WorkshopWrites } from '../data/workshop-queries';

interface EntryItemProps {
  entry: Entry;
  workshop: Workshop;
  catalogue: ReadonlyMap<string, Indicator>;
  writes: WorkshopWrites | null;
  editToken: string | null;
  lang: Lang;
  t: WorkshopText;
}

/** One entry. Every user-written string is rendered as React text, so markup in it shows as characters. */
export function EntryItem({ entry, workshop, catalogue, writes, editToken, lang, t }: EntryItemProps) {
  const organisation = workshop.organisations.find((o) => o.id === entry.organisationId);
  const owner = workshop.organisations.find((o) => o.id === entry.action?.ownerOrganisationId);
  const votable = VOTABLE_KINDS.includes(entry.kind);
  const names = useMunicipalityNames().data;
  const [editing, setEditing] = useState(false);
  // Titles of linked indicators outside the atlas set come from the whole (slim) catalogue, fetched only then.
  const slim = useQuery({
    ...slimCatalogueQuery,
    enabled: entry.links.some((link) => !catalogue.has(link.indicatorId)),
  }).data;
  const titled = (id: string) => catalogue.get(id) ?? slim?.indicators.find((line) => line.id === id);
  return (
    <li className="entry" data-entry-id={entry.id}>
      {editing && writes ? (
        <EntryEditForm entry={entry} writes={writes} onDone={() => setEditing(false)} lang={lang} t={t} />
      ) : (
        <p className="entry-text">{entry.text}</p>
      )}
      <p className="entry-meta">
        {organisation ? <span>{organisation.name}</span> : null}
        {entry.theme ? <span className="tag">{t(`theme_${entry.theme}`)}</span> : null}
      </p>
      {entry.links.length > 0 ? (
        <ul className="entry-links">
          {entry.links.map((link) => {
            const indicator = catalogue.get(link.indicatorId);
            const titledBy = titled(link.indicatorId);
            const text = readingText(link, indicator, lang);
            return (
              <li key={`${link.indicatorId}-${link.municipality}`}>
                {titledBy ? <IndicatorTitle indicator={titledBy} lang={lang} /> : link.indicatorId},{' '}
                {fillNodes(
                  t('linked', {
                    municipality: names?.get(link.municipality) ?? link.municipality,
                    value: text.value,
                    year: text.year,
                  }),
                  { source: <SourceLabel source={link.source} lang={lang} /> },
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {entry.action ? (
        <p className="entry-action">
          {t('owner')}: {owner?.name ?? '–'} · {t('dueDate')}: {entry.action.dueDate ?? '–'} ·{' '}
          <StatusSelect entry={entry} writes={writes} t={t} />
        </p>
      ) : null}
      {votable ? (
        <p className="entry-votes">
          <span className="vote-count" data-testid="vote-count">
            {t('votes', { n: entry.votes })}
          </span>
          {writes ? (
            <>
              <button
                type="button"
                aria-label={t('voteUp', { text: entry.text })}
                onClick={() => writes.vote.mutate({ entryId: entry.id, direction: 'add' })}
              >
                +1
              </button>
              <button
                type="button"
                aria-label={t('voteDown', { text: entry.text })}
                disabled={entry.votes === 0}
                onClick={() => writes.vote.mutate({ entryId: entry.id, direction: 'remove' })}
              >
                −1
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {writes && !editing ? (
        <button type="button" className="link-button edit-button" onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
      ) : null}{' '}
      {writes ? (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            if (window.confirm(t('deleteConfirm', { text: entry.text }))) writes.deleteEntry.mutate(entry.id);
          }}
        >
          {t('delete')}
        </button>
      ) : null}
      <EntryComments workshopId={workshop.id} entry={entry} editToken={editToken} lang={lang} />
    </li>
  );
}
