import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';

/**
 * How a year was reached: `choice` a deliberate one (a click or a key: a history entry), `step` one of a
 * continuous run that the URL follows (playback, or the end of a drag: replaces the entry), `drag` a step under a
 * held pointer (shown at once, but the URL waits for the release: a history write per frame costs the drag).
 */
export type YearChange = 'choice' | 'step' | 'drag';

interface Props {
  years: number[];
  value: number;
  onChange: (year: number, how: YearChange) => void;
  /** A pointer or focus on the slider: a drag may follow, so its years can be fetched now. */
  onPrepare?: () => void;
}

const STEP_MS = 1200;

/** Years as a slider over the years that exist (they need not be consecutive), with play/pause. */
export function YearSlider({ years, value, onChange, onPrepare }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  // Under a held pointer the slider shows the year it is on itself: the page does not render per frame.
  const [held, setHeld] = useState<number | null>(null);
  const index = held ?? Math.max(0, years.indexOf(value));
  const shown = years[index] ?? value;
  // A pointer drag is one choice: its first step adds a history entry, the steps after it are shown without
  // touching the URL, and the release writes the last one into that entry (a back button through every year
  // passed, and a history write per frame, help nobody).
  const drag = useRef<'idle' | 'pressed' | 'moving'>('idle');
  const dragged = useRef<number | null>(null);
  const release = () => {
    const year = dragged.current;
    drag.current = 'idle';
    dragged.current = null;
    setHeld(null);
    if (year !== null) onChange(year, 'step');
  };

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = years[index + 1];
      if (next === undefined) setPlaying(false);
      else onChange(next, 'step');
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, index, years, onChange]);

  const toggle = () => {
    if (!playing && index === years.length - 1 && years[0] !== undefined) onChange(years[0], 'step');
    setPlaying(!playing);
  };

  return (
    <div className="field">
      <div className="field__row">
        <label htmlFor={id}>{t('year')}</label>
        <output htmlFor={id} className="year-output">
          {shown}
        </output>
      </div>
      <div className="field__row">
        <button
          type="button"
          className="button button--icon"
          onClick={toggle}
          disabled={years.length < 2}
          aria-label={playing ? t('pause') : t('play')}
          title={playing ? t('pause') : t('play')}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <input
          id={id}
          type="range"
          className="slider"
          data-testid="year-slider"
          min={0}
          max={Math.max(0, years.length - 1)}
          step={1}
          value={index}
          disabled={years.length < 2}
          aria-valuetext={String(shown)}
          onPointerEnter={onPrepare}
          onFocus={onPrepare}
          onPointerDown={() => {
            drag.current = 'pressed';
            onPrepare?.();
          }}
          onPointerUp={release}
          onPointerCancel={release}
          onChange={(event) => {
            setPlaying(false);
            const year = years[Number(event.target.value)];
            if (year === undefined) return;
            if (drag.current === 'moving') {
              dragged.current = year;
              setHeld(Number(event.target.value));
              onChange(year, 'drag');
              return;
            }
            onChange(year, 'choice');
            if (drag.current === 'pressed') drag.current = 'moving';
          }}
        />
      </div>
      <div className="slider-ends" aria-hidden="true">
        <span>{years[0]}</span>
        <span>{years[years.length - 1]}</span>
      </div>
    </div>
  );
}
