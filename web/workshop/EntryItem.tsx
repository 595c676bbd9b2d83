import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { slimCatalogueQuery } from '../data/catalogue-queries';
import { VOTABLE_KINDS, type Entry, type Indicator, type Workshop } from '../../data/contract';
import type { Lang } from '../lib/format';
import { EntryComments } from './EntryComments';
import { EntryEditForm } from './EntryEditForm';
import { StatusSelect } from './StatusSelect';
import { LinkEvidenceItem } from './LinkEvidenceItem';
import { workshopEvidenceQuery } from '../data/workshop-evidence';
import { evidenceText } from '../lib/evidence-texts';
import { plannerHref } from '../lib/evidence-links';
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
  const evidence = useQuery({ ...workshopEvidenceQuery(workshop.id), enabled: entry.links.length > 0 }).data;
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
          {entry.links.map((link) => (
            <LinkEvidenceItem
              key={`${link.indicatorId}-${link.municipality}`}
              link={link}
              evidence={
                evidence?.links.find(
                  (item) =>
                    item.entryId === entry.id &&
                    item.indicatorId === link.indicatorId &&
                    item.municipality === link.municipality,
                ) ?? null
              }
              indicator={catalogue.get(link.indicatorId)}
              titled={titled(link.indicatorId)}
              municipalityName={names?.get(link.municipality) ?? link.municipality}
              lang={lang}
            />
          ))}
        </ul>
      ) : null}
      {entry.mapView ? (
        <p className="entry-map-view">
          <a href={plannerHref(entry.mapView, lang)} data-testid="map-view-link">
            {evidenceText(lang)('openMapView', { year: entry.mapView.year })}
          </a>
        </p>
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
