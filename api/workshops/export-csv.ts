import Papa from 'papaparse';
import type { Workshop } from '../../data/contract';

export const CSV_COLUMNS = [
  'cycle_number',
  'cycle_date',
  'entry_id',
  'kind',
  'text',
  'organisation',
  'organisation_kind',
  'theme',
  'votes',
  'action_owner',
  'action_due_date',
  'action_status',
  'indicator_links',
  'build_id',
  'created_at',
] as const;

/**
 * One row per entry. Cells that a spreadsheet would read as a formula (=, +, -, @) get a leading apostrophe:
 * the export is plain text and must not run anything when opened.
 */
export function workshopToCsv(workshop: Workshop): string {
  const organisations = new Map(workshop.organisations.map((o) => [o.id, o]));
  const rows = workshop.cycles.flatMap((cycle) =>
    cycle.entries.map((entry) => {
      const organisation = entry.organisationId ? organisations.get(entry.organisationId) : undefined;
      const owner = entry.action ? organisations.get(entry.action.ownerOrganisationId) : undefined;
      return [
        cycle.number,
        cycle.date,
        entry.id,
        entry.kind,
        entry.text,
        organisation?.name ?? '',
        organisation?.kind ?? '',
        entry.theme ?? '',
        entry.votes,
        owner?.name ?? '',
        entry.action?.dueDate ?? '',
        entry.action?.status ?? '',
        entry.links
          .map(
            (l) =>
              `${l.indicatorId} ${l.municipality} = ${l.value} (${l.year}, ${l.source.publisher} ${l.source.table})`,
          )
          .join('; '),
        entry.buildId,
        entry.createdAt,
      ].map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : String(cell)));
    }),
  );
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n';
}

function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
