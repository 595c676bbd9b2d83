import { WorkshopWeighting } from '../../data/contract';
import { StoredDataError } from './stored-workshop';
import type { WeightingRecord } from './weighting-store';

/** One row of workshop_weightings, the same columns in SQLite and PostgreSQL. */
export interface WeightingRow {
  organisation_id: string;
  weight_set_json: string;
  build_id: string;
  ranks_json: string;
  pillars_json: string;
  indicators_json: string;
  version: number;
  saved_by_participant_id: string | null;
  saved_at: string;
}

/** Column values after workshop_id and organisation_id, in the order of WEIGHTING_COLUMNS. */
export function weightingValues(weighting: WeightingRecord): unknown[] {
  return [
    JSON.stringify(weighting.weightSet),
    weighting.buildId,
    JSON.stringify(weighting.ranks),
    JSON.stringify(weighting.pillars),
    JSON.stringify(weighting.indicators),
    weighting.savedByParticipantId,
    weighting.savedAt,
  ];
}

export const WEIGHTING_COLUMNS = [
  'weight_set_json',
  'build_id',
  'ranks_json',
  'pillars_json',
  'indicators_json',
  'saved_by_participant_id',
  'saved_at',
] as const;

/** A stored weighting passes the contract before it is served; a damaged row is named, not half-served. */
export function weightingFromRow(row: WeightingRow): WorkshopWeighting {
  const ranks = JSON.parse(row.ranks_json) as Record<string, number | null>;
  const parsed = WorkshopWeighting.safeParse({
    organisationId: row.organisation_id,
    weightSet: JSON.parse(row.weight_set_json) as unknown,
    buildId: row.build_id,
    pillars: JSON.parse(row.pillars_json) as unknown,
    indicators: JSON.parse(row.indicators_json) as unknown,
    n: Object.values(ranks).filter((rank) => rank !== null).length,
    ranks,
    version: row.version,
    savedByParticipantId: row.saved_by_participant_id,
    savedAt: row.saved_at,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StoredDataError(
    `stored weighting of organisation ${row.organisation_id} does not match the contract at ` +
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
  );
}

/** Joined with organisations so the list follows the workshop's order of organisations. */
export const WEIGHTING_SELECT = `SELECT w.organisation_id, w.weight_set_json, w.build_id, w.ranks_json,
  w.pillars_json, w.indicators_json, w.version, w.saved_by_participant_id, w.saved_at
  FROM workshop_weightings w JOIN organisations o ON o.id = w.organisation_id`;
