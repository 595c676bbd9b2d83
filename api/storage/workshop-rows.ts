import type {
  Cycle,
  Decision,
  Entry,
  IndicatorLink,
  LinkedSource,
  SavedMapView,
  Workshop,
} from '../../data/contract';
import type { MeetingRecord } from './meeting-record-rows';
import { validStoredWorkshop } from './stored-workshop';
import type { EntryRecord } from './workshop-store';

/**
 * Row shapes both stores select (same column names, timestamps as ISO text) and their assembly into one
 * Workshop checked against the contract, so SQLite and PostgreSQL answer with exactly the same document.
 */

export interface WorkshopRow {
  id: string;
  title: string;
  municipalities_json: string;
  recommendations: string;
  /** Absent in a store without the live-room columns (PostgreSQL so far): the default 5. */
  dots_per_participant?: number;
  created_at: string;
  updated_at: string;
  version: number;
}
export interface EntryRow {
  id: string;
  cycle_id: string;
  kind: Entry['kind'];
  text: string;
  organisation_id: string | null;
  theme: Entry['theme'];
  action_owner_id: string | null;
  action_due_date: string | null;
  action_status: NonNullable<Entry['action']>['status'] | null;
  build_id: string;
  created_at: string;
  updated_at: string;
  version: number;
  votes: number;
  author_participant_id?: string | null;
  /** Since migration 10; null when the entry saved no map view. */
  map_view_json: string | null;
}
export interface LinkRow {
  entry_id: string;
  indicator_id: string;
  municipality: string;
  value: number;
  year: number;
  source_json: string;
  build_id: string;
  linked_at: string;
}

export interface WorkshopRows {
  workshop: WorkshopRow;
  organisations: Workshop['organisations'];
  cycles: Pick<Cycle, 'id' | 'number' | 'date' | 'title' | 'version'>[];
  /** Meeting records by cycle id; a store without them (PostgreSQL so far) leaves this out. */
  meetings?: {
    records: Map<string, MeetingRecord>;
    decisions: Map<string, Decision[]>;
  };
  /** Ordered by creation. */
  entries: EntryRow[];
  /** Ordered by entry and position. */
  links: LinkRow[];
}

export function assembleWorkshop(rows: WorkshopRows): Workshop {
  const linksByEntry = new Map<string, IndicatorLink[]>();
  for (const link of rows.links) {
    const list = linksByEntry.get(link.entry_id) ?? [];
    list.push(toLink(link));
    linksByEntry.set(link.entry_id, list);
  }
  const entriesByCycle = new Map<string, Entry[]>();
  for (const entryRow of rows.entries) {
    const list = entriesByCycle.get(entryRow.cycle_id) ?? [];
    list.push(toEntry(entryRow, linksByEntry.get(entryRow.id) ?? []));
    entriesByCycle.set(entryRow.cycle_id, list);
  }
  const row = rows.workshop;
  return validStoredWorkshop({
    id: row.id,
    title: row.title,
    municipalities: JSON.parse(row.municipalities_json) as unknown,
    recommendations: row.recommendations,
    dotsPerParticipant: row.dots_per_participant ?? 5,
    organisations: rows.organisations,
    cycles: rows.cycles.map((cycle) => ({
      ...cycle,
      entries: entriesByCycle.get(cycle.id) ?? [],
      attendance: rows.meetings?.records.get(cycle.id)?.attendance ?? [],
      minutes: rows.meetings?.records.get(cycle.id)?.minutes ?? '',
      recordVersion: rows.meetings?.records.get(cycle.id)?.version ?? 0,
      decisions: rows.meetings?.decisions.get(cycle.id) ?? [],
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}

function toLink(row: LinkRow): IndicatorLink {
  return {
    indicatorId: row.indicator_id,
    municipality: row.municipality,
    value: row.value,
    year: row.year,
    source: JSON.parse(row.source_json) as LinkedSource, // checked with the whole workshop
    buildId: row.build_id,
    linkedAt: row.linked_at,
  };
}

function toEntry(row: EntryRow, links: IndicatorLink[]): Entry {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    kind: row.kind,
    text: row.text,
    organisationId: row.organisation_id,
    theme: row.theme,
    links,
    mapView: row.map_view_json === null ? null : (JSON.parse(row.map_view_json) as SavedMapView), // checked with the workshop
    action:
      row.action_owner_id !== null && row.action_status !== null
        ? {
            ownerOrganisationId: row.action_owner_id,
            dueDate: row.action_due_date,
            status: row.action_status,
          }
        : null,
    votes: row.votes,
    author: {
      role: row.author_participant_id ? 'participant' : 'facilitator',
      participantId: row.author_participant_id ?? null,
    },
    version: row.version,
    buildId: row.build_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An entry's columns as named parameters, for INSERT and UPDATE in either store. */
export function entryColumns(entry: EntryRecord) {
  return {
    id: entry.id,
    cycleId: entry.cycleId,
    kind: entry.kind,
    text: entry.text,
    organisationId: entry.organisationId,
    theme: entry.theme,
    owner: entry.action?.ownerOrganisationId ?? null,
    due: entry.action?.dueDate ?? null,
    status: entry.action?.status ?? null,
    mapView: entry.mapView ? JSON.stringify(entry.mapView) : null,
    buildId: entry.buildId,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}

/** The indicator_links columns in INSERT order, shared by both stores' statements. */
export const LINK_INSERT_COLUMNS =
  'entry_id, seq, indicator_id, municipality, value, year, source_json, build_id, linked_at';

/** One row of values per link of the entry, in LINK_INSERT_COLUMNS order. */
export function linkValues(entry: EntryRecord): unknown[][] {
  return entry.links.map((link, seq) => [
    entry.id,
    seq,
    link.indicatorId,
    link.municipality,
    link.value,
    link.year,
    JSON.stringify(link.source),
    link.buildId,
    link.linkedAt,
  ]);
}
