import { Outcome } from '../../data/contract';
import type { OutcomeRecord } from './outcome-store';
import { StoredDataError } from './stored-workshop';

/** One row of the outcomes table, the same columns in SQLite and PostgreSQL. */
export interface OutcomeRow {
  id: string;
  statement: string;
  action_ids_json: string;
  evidence_json: string;
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Column values in table order after workshop_id, for INSERT and UPDATE in both stores. */
export function outcomeColumns(outcome: OutcomeRecord) {
  return {
    statement: outcome.statement,
    actionIdsJson: JSON.stringify(outcome.actionIds),
    evidenceJson: JSON.stringify(outcome.evidence),
    status: outcome.status,
  };
}

/** A stored outcome passes the contract before it is served; a damaged row is named, not half-served. */
export function outcomeFromRow(row: OutcomeRow): Outcome {
  const parsed = Outcome.safeParse({
    id: row.id,
    statement: row.statement,
    actionIds: JSON.parse(row.action_ids_json) as unknown,
    evidence: JSON.parse(row.evidence_json) as unknown,
    status: row.status,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new StoredDataError(
    `stored outcome ${row.id} does not match the contract at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
  );
}

export const OUTCOME_SELECT = `SELECT id, statement, action_ids_json, evidence_json, status, version, created_at,
  updated_at FROM outcomes`;
