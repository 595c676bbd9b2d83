import type { PickerList } from './picker-model';
import type { PickerText } from '../lib/picker-texts';

interface Props {
  text: PickerText;
  list: PickerList;
  query: string;
  loading: boolean;
  error: string | null;
}

/** What the list holds, announced politely: loading, no match, the number of matches, or where the cap cut it. */
export function PickerStatus({ text, list, query, loading, error }: Props) {
  const message = error
    ? text('pickerError', { message: error })
    : loading
      ? text(query === '' ? 'pickerLoading' : 'pickerSearching')
      : query !== '' && list.total === 0
        ? text('pickerNoMatch', { q: query })
        : list.shown < list.total
          ? text('pickerShown', { shown: list.shown, total: list.total })
          : query !== ''
            ? text('pickerCount', { n: list.total })
            : '';
  return (
    <p className="hint indicator-picker__status" role="status" data-testid="indicator-picker-status">
      {message}
    </p>
  );
}
