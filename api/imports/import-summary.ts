import type { ImportSummary, StoredImport } from '../../data/contract/imports';
import { importedIndicatorId } from '../../data/imports/imported-indicator-id';
export {
  ImportList,
  ImportPreviewResponse,
  ImportSummary,
  PREVIEW_ROW_LIMIT,
  RemovedImport,
  SavedImport,
} from '../../data/contract/imports';

export function indicatorIdsOf(titles: readonly string[]): string[] {
  return [...new Set(titles.map(importedIndicatorId))];
}

export function summarise(entry: StoredImport): ImportSummary {
  return {
    name: entry.name,
    kind: entry.kind,
    originalFile: entry.originalFile,
    importedAt: entry.importedAt,
    sha256: entry.sha256,
    rows: entry.kind === 'indicator' ? entry.indicatorRows.length : entry.firmRows.length,
    rejectedRows: entry.rejectedRows,
    indicatorIds: indicatorIdsOf(entry.indicatorRows.map((row) => row.title)),
  };
}
