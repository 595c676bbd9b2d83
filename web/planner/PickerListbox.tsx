import { memo, type RefObject } from 'react';
import type { PickerText } from '../lib/picker-texts';
import { PickerOptionRow } from './PickerOptionRow';
import type { PickerGroupLabel, PickerList, PickerOption } from './picker-model';

interface Props {
  /** False while the picker is closed: the list is hidden and keeps what it showed. */
  open: boolean;
  listId: string;
  listRef: RefObject<HTMLDivElement | null>;
  list: PickerList;
  selectedId: string;
  activeId: string | undefined;
  text: PickerText;
  label: (group: PickerGroupLabel) => string;
  onChoose: (id: string) => void;
  onPreview?: ((option: PickerOption) => void) | undefined;
}

/**
 * The picker's listbox, grouped. A closed picker hides it rather than unmounting it: deleting up to PICKER_CAP rows
 * cost 5-10 ms of the indicator switch the choice starts (DevTools traces of the switch), and nothing in a hidden
 * list is seen, so it does not re-render until the picker opens again, when React updates the rows it already has.
 */
export const PickerListbox = memo(
  function PickerListbox({
    listId,
    listRef,
    list,
    selectedId,
    activeId,
    text,
    label,
    onChoose,
    onPreview,
  }: Props) {
    return (
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={text('pickerLabel')}
        className="indicator-picker__list"
        data-testid="indicator-listbox"
      >
        {list.groups.map((item) => (
          <div key={item.key} role="group" aria-labelledby={`${listId}-${item.key}`}>
            <div
              role="presentation"
              id={`${listId}-${item.key}`}
              className="indicator-picker__heading"
              lang={item.label.kind === 'kolada-group' ? 'sv' : undefined}
            >
              {label(item.label)}
            </div>
            {item.options.map((option) => (
              <PickerOptionRow
                key={option.id}
                id={`${listId}-${option.id}`}
                option={option}
                selected={option.id === selectedId}
                active={option.id === activeId}
                text={text}
                onChoose={onChoose}
                onPreview={onPreview}
              />
            ))}
          </div>
        ))}
      </div>
    );
  },
  (_before, next) => !next.open,
);
