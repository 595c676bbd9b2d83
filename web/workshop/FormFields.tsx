import type { ReactNode } from 'react';
import { useCurrentIndicators } from '../data/workshop-queries';
import { formatValue, type Lang } from '../lib/format';

/** The fields the workshop's forms (entries, outcomes) share, so each is laid out and worded one way. */

/** A labelled control: the label's text above the control, or beside it when `inline`. */
export function Field({
  label,
  inline = false,
  children,
}: {
  label: ReactNode;
  inline?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={inline ? 'field inline' : 'field'}>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** A select of fixed choices (kinds, themes, statuses), named in the page's language; `none` adds an empty first. */
export function ChoiceSelect<T extends string>(props: {
  name?: string;
  'aria-label'?: string;
  value: string;
  choices: readonly T[];
  nameOf: (choice: T) => string;
  none?: string;
  onChange: (value: string) => void;
}) {
  return (
    <select
      name={props.name}
      aria-label={props['aria-label']}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    >
      {props.none === undefined ? null : <option value="">{props.none}</option>}
      {props.choices.map((choice) => (
        <option key={choice} value={choice}>
          {props.nameOf(choice)}
        </option>
      ))}
    </select>
  );
}

/** The free text of an entry or an outcome: required, at most the 2,000 characters the API takes. */
export function NoteText({
  name,
  value,
  onChange,
}: {
  name: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <textarea
      name={name}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      required
      maxLength={2000}
      rows={2}
    />
  );
}

/** The workshop's indicators as the atlas has them now, by title in the page's language. */
export function useIndicatorReadings(workshopId: string, lang: Lang) {
  const indicators = useCurrentIndicators(workshopId);
  return [...(indicators.data ?? [])].sort((a, b) => a.title[lang].localeCompare(b.title[lang], lang));
}

export type IndicatorReading = ReturnType<typeof useIndicatorReadings>[number];

/** The value of a reading's option: indicator and municipality, `|`-separated. */
export const readingKey = (reading: Pick<IndicatorReading, 'indicatorId' | 'municipality'>) =>
  `${reading.indicatorId}|${reading.municipality}`;

/** Picks one reading: each option shows the figure as the atlas has it now (value and year). */
export function IndicatorReadingSelect(props: {
  name: string;
  value: string;
  readings: readonly IndicatorReading[];
  none: string;
  lang: Lang;
  onChange: (value: string) => void;
}) {
  const { lang } = props;
  return (
    <select name={props.name} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
      <option value="">{props.none}</option>
      {props.readings.map((o) => (
        <option key={readingKey(o)} value={readingKey(o)}>
          {o.title[lang]} · {o.municipality}: {formatValue(o.value, o, lang)} ({o.year})
        </option>
      ))}
    </select>
  );
}
