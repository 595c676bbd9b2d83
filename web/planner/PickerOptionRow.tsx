import type { PickerOption } from './picker-model';
import type { PickerText } from '../lib/picker-texts';

interface Props {
  id: string;
  option: PickerOption;
  selected: boolean;
  active: boolean;
  text: PickerText;
  onChoose: (id: string) => void;
  onPreview?: ((option: PickerOption) => void) | undefined;
}

/** One option: the title (Kolada's Swedish one marked on an English page), its flags and its latest coverage. */
export function PickerOptionRow({ id, option, selected, active, text, onChoose, onPreview }: Props) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      data-value={option.id}
      className={`indicator-option${active ? ' is-active' : ''}`}
      // Keeps the focus in the search box (the combobox pattern: options are never focused themselves).
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChoose(option.id)}
      onPointerEnter={selected ? undefined : () => onPreview?.(option)}
    >
      <span className="indicator-option__title">
        {option.swedishTitle ? (
          <>
            <span lang="sv">{option.title}</span>{' '}
            <abbr className="sv-marker" title={text('pickerSvMarkerTitle')}>
              {text('pickerSvMarker')}
            </abbr>
          </>
        ) : (
          option.title
        )}
      </span>
      <span className="indicator-option__meta">
        {option.atlasSet ? <span className="flag">{text('pickerAtlasFlag')}</span> : null}
        {option.bySex ? <span className="flag flag--sex">{text('pickerBySex')}</span> : null}
        <span>
          {option.latestYear === null
            ? text('pickerNoData')
            : text('pickerCoverage', { year: option.latestYear, n: option.municipalities })}
        </span>
      </span>
    </div>
  );
}
