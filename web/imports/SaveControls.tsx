import { ApiError } from '../data/api-client';
import type { ImportSummary } from '../data/imports-queries';
import type { ImportText } from './texts';

interface SaveControlsProps {
  t: ImportText;
  /** The stored import the file's name would replace, as the list shows it (none: a new name). */
  existing: ImportSummary | undefined;
  /** The name the file would be kept under (importName of its file name). */
  name: string;
  saveError: Error | null;
  pending: boolean;
  disabled: boolean;
  onSave: (replace: boolean) => void;
}

/** A save of an existing name answers 409 unless replace=true; such a 409 is shown as the same choice. */
export function isNameConflict(error: Error | null): boolean {
  return (
    error instanceof ApiError && error.status === 409 && error.code === 'conflict' && error.field === 'name'
  );
}

/**
 * "Add to atlas", or, when an import of that name exists, what it would replace and an explicit "Replace" button:
 * a save never silently replaces another file's rows.
 */
export function SaveControls({ t, existing, name, saveError, pending, disabled, onSave }: SaveControlsProps) {
  const conflict = existing !== undefined || isNameConflict(saveError);
  if (!conflict)
    return (
      <button
        type="button"
        className="button button--primary"
        data-testid="import-add"
        disabled={disabled || pending}
        onClick={() => onSave(false)}
      >
        {pending ? t('adding') : t('add')}
      </button>
    );
  return (
    <div className="import-conflict" data-testid="import-conflict">
      <p className="notice">
        {existing
          ? t('replaceNotice', {
              name,
              file: existing.originalFile,
              date: existing.importedAt.slice(0, 10),
            })
          : t('replaceNoticeUnknown', { name })}
      </p>
      <button
        type="button"
        className="button button--primary"
        data-testid="import-replace"
        disabled={disabled || pending}
        onClick={() => onSave(true)}
      >
        {pending ? t('adding') : t('replace', { name })}
      </button>
    </div>
  );
}
