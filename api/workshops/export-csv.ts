import type { Workshop } from '../../data/contract';
import { type CsvCell, csvDocument, type CsvDialect } from '../../data/csv/csv-document';

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

/** One row per entry, shared by the CSV and XLSX exports. */
export function workshopRows(workshop: Workshop): CsvCell[][] {
  const organisations = new Map(workshop.organisations.map((o) => [o.id, o]));
  return workshop.cycles.flatMap((cycle) =>
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
      ];
    }),
  );
}

/**
 * One row per entry in either CSV dialect (BOM, CRLF); cells that a spreadsheet would read as a formula get a
 * leading apostrophe: the export is plain text and must not run anything when opened.
 */
export function workshopToCsv(workshop: Workshop, dialect: CsvDialect = 'csv'): string {
  return csvDocument(CSV_COLUMNS, workshopRows(workshop), dialect);
}
