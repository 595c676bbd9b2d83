import type Database from 'better-sqlite3';
import type { Cycle, Entry, IndicatorLink, LinkedSource, Workshop } from '../../../data/contract';
import { readMeetingRecords } from './meeting-records';

interface WorkshopRow {
  id: string;
  title: string;
  municipalities_json: string;
  recommendations: string;
  dots_per_participant: number;
  created_at: string;
  updated_at: string;
}
interface EntryRow {
  id: string;
  cycle_id: string;
  kind: Entry['kind'];
  text: string;
  organisation_id: string | null;
  theme: Entry['theme'];
  action_owner_id: string | null;
  action_due_date: string | null;
  action_status: NonNullable<Entry['action']>['status'] | null;
  author_participant_id: string | null;
  build_id: string;
  created_at: string;
  updated_at: string;
  votes: number;
}
interface LinkRow {
  entry_id: string;
  indicator_id: string;
  municipality: string;
  value: number;
  year: number;
  source_json: string;
  build_id: string;
  linked_at: string;
}

/** Reads one workshop with everything in it, in one read transaction so the parts are consistent. */
export function readWorkshop(db: Database.Database, id: string): Workshop | null {
  return db.transaction((): Workshop | null => {
    const row = db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as WorkshopRow | undefined;
    if (!row) return null;
    const organisations = db
      .prepare('SELECT id, name, kind FROM organisations WHERE workshop_id = ? ORDER BY seq')
      .all(id) as Workshop['organisations'];
    const cycleRows = db
      .prepare('SELECT id, number, date, title FROM cycles WHERE workshop_id = ? ORDER BY number')
      .all(id) as Pick<Cycle, 'id' | 'number' | 'date' | 'title'>[];
    const meetings = readMeetingRecords(db, id);
    const entryRows = db
      .prepare(
        `SELECT e.*, (SELECT COUNT(*) FROM votes v WHERE v.entry_id = e.id) AS votes
         FROM entries e WHERE e.workshop_id = ? ORDER BY e.created_at, e.rowid`,
      )
      .all(id) as EntryRow[];
    const linkRows = db
      .prepare(
        `SELECT l.* FROM indicator_links l JOIN entries e ON e.id = l.entry_id
         WHERE e.workshop_id = ? ORDER BY l.entry_id, l.seq`,
      )
      .all(id) as LinkRow[];

    const linksByEntry = new Map<string, IndicatorLink[]>();
    for (const link of linkRows) {
      const list = linksByEntry.get(link.entry_id) ?? [];
      list.push(toLink(link));
      linksByEntry.set(link.entry_id, list);
    }
    const entriesByCycle = new Map<string, Entry[]>();
    for (const entryRow of entryRows) {
      const list = entriesByCycle.get(entryRow.cycle_id) ?? [];
      list.push(toEntry(entryRow, linksByEntry.get(entryRow.id) ?? []));
      entriesByCycle.set(entryRow.cycle_id, list);
    }
    return {
      id: row.id,
      title: row.title,
      municipalities: JSON.parse(row.municipalities_json) as string[],
      recommendations: row.recommendations,
      dotsPerParticipant: row.dots_per_participant,
      organisations,
      cycles: cycleRows.map((cycle) => ({
        ...cycle,
        entries: entriesByCycle.get(cycle.id) ?? [],
        attendance: meetings.records.get(cycle.id)?.attendance ?? [],
        minutes: meetings.records.get(cycle.id)?.minutes ?? '',
        decisions: meetings.decisions.get(cycle.id) ?? [],
      })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  })();
}

function toLink(row: LinkRow): IndicatorLink {
  return {
    indicatorId: row.indicator_id,
    municipality: row.municipality,
    value: row.value,
    year: row.year,
    source: JSON.parse(row.source_json) as LinkedSource,
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
      role: row.author_participant_id === null ? 'facilitator' : 'participant',
      participantId: row.author_participant_id,
    },
    buildId: row.build_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
