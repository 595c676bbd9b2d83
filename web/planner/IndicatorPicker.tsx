import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiErrorText } from '../i18n/api-error-text';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Indicator } from '../../data/contract';
import { indicatorSearchQuery, slimCatalogueQuery } from '../data/catalogue-queries';
import { useI18n } from '../i18n/use-i18n';
import { PickerListbox } from './PickerListbox';
import { PickerStatus } from './PickerStatus';
import {
  PICKER_CAP,
  browseList,
  flatOptions,
  searchList,
  type PickerGroupLabel,
  type PickerList,
  type PickerOption,
} from './picker-model';
import { pickerText } from '../lib/picker-texts';
import './indicator-picker.css';

interface Props {
  /** The dashboard's own catalogue (the atlas set and imports): listed first, before the slim catalogue loads. */
  atlas: Indicator[];
  /** The indicator shown now (from the atlas set or any Kolada KPI). */
  value: Indicator;
  onChange: (id: string) => void;
  /**
   * An option the user is about to choose (pointer over it, or active from the keyboard) and the one chosen, before
   * the page re-renders: the page starts that indicator's values request then, not after its next render.
   */
  onPreview?: (option: PickerOption) => void;
}

const SEARCH_DELAY_MS = 150;
const CLOSED_LIST: PickerList = { groups: [], shown: 0, total: 0 };

/**
 * A WAI-ARIA combobox over every indicator: the atlas set by theme first, then the rest of Kolada by operating
 * area. Typing searches the whole catalogue through the API (ranked, Swedish-aware); the slim catalogue loads only
 * when the list first opens. At most PICKER_CAP rows are rendered, so 2,000 entries never cost a long task.
 */
export function IndicatorPicker({ atlas, value, onChange, onPreview }: Props) {
  const { lang, t } = useI18n();
  const text = pickerText(lang);
  const [open, setOpenState] = useState(false);
  // The popup mounts on the first opening and stays, hidden while closed (see PickerListbox).
  const [listMounted, setListMounted] = useState(false);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    if (next) setListMounted(true);
  };
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [group, setGroup] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const inputId = useId();
  const listId = useId();
  const groupId = useId();
  const helpId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const needle = debounced.trim();

  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(query), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const slim = useQuery({ ...slimCatalogueQuery, enabled: open });
  const search = useQuery({
    ...indicatorSearchQuery(needle, group, PICKER_CAP),
    enabled: open && needle !== '',
    placeholderData: keepPreviousData,
  });
  // Built only while open: a closed picker must not rebuild 2,000 entries when the slim catalogue arrives.
  const list = useMemo(
    () =>
      !open
        ? CLOSED_LIST
        : needle === ''
          ? browseList(atlas, slim.data?.indicators ?? null, group, lang)
          : searchList(atlas, search.data?.matches ?? [], lang),
    [open, needle, atlas, slim.data, search.data, group, lang],
  );
  const options = useMemo(() => flatOptions(list), [list]);
  const listError = needle === '' ? slim.error : search.error;
  const activeOption = options[Math.min(active, options.length - 1)];

  useEffect(() => setActive(0), [needle, group]);
  // A reopened list starts at its top, as a newly mounted one would: the kept list may hold an earlier scroll.
  useLayoutEffect(() => {
    if (open && listRef.current) listRef.current.scrollTop = 0;
  }, [open]);
  // Only a keyboard move scrolls, and only when its option left the list's view. Opening, typing or a new list
  // used to scroll on every render: a forced layout of 200 rows in each indicator switch.
  const scrollToActive = useRef(false);
  useEffect(() => {
    if (!scrollToActive.current || !activeOption) return;
    scrollToActive.current = false;
    const list = listRef.current;
    const row = list?.querySelector<HTMLElement>(`[data-value="${activeOption.id}"]`);
    if (!list || !row) return;
    const top = row.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + row.offsetHeight > list.scrollTop + list.clientHeight)
      row.scrollIntoView({ block: 'nearest' });
  }, [activeOption]);

  const close = () => {
    setOpen(false);
    setQuery('');
    setDebounced('');
  };
  const choose = (id: string) => {
    close();
    if (id === value.id) return;
    const option = options.find((o) => o.id === id);
    if (option) onPreview?.(option);
    onChange(id);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      if (!open) setOpen(true);
      else {
        const next = Math.max(0, Math.min(options.length - 1, Math.min(active, options.length - 1) + move));
        setActive(next);
        scrollToActive.current = true;
        // The option the keyboard lands on starts loading, as a pointer over it would.
        const option = options[next];
        if (option && option.id !== value.id) onPreview?.(option);
      }
    } else if (event.key === 'Enter' && open && activeOption) {
      event.preventDefault();
      choose(activeOption.id);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };
  const label = (groupLabel: PickerGroupLabel) => {
    switch (groupLabel.kind) {
      case 'theme':
        return t(`theme_${groupLabel.theme}`);
      case 'kolada-group':
        return groupLabel.name;
      case 'atlas-set':
        return text('pickerAtlasSet');
      case 'rest-of-kolada':
        return text('pickerRestOfKolada');
      default: {
        const unknown: never = groupLabel;
        throw new Error(`unknown group ${JSON.stringify(unknown)}`);
      }
    }
  };
  const shownTitle = value.titleLanguage === 'sv' ? value.title.sv : value.title[lang];

  return (
    <div
      className="field indicator-picker"
      data-testid="indicator-picker"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close();
      }}
    >
      <label htmlFor={inputId}>{text('pickerLabel')}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        className="input"
        autoComplete="off"
        spellCheck={false}
        lang={open || value.titleLanguage !== 'sv' ? undefined : 'sv'}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={helpId}
        aria-activedescendant={open && activeOption ? `${listId}-${activeOption.id}` : undefined}
        data-testid="indicator-input"
        data-value={value.id}
        placeholder={text('pickerPlaceholder')}
        value={open ? query : shownTitle}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onChange={(event) => {
          setOpen(true);
          setQuery(event.target.value);
        }}
        onKeyDown={onKey}
      />
      <p id={helpId} className="visually-hidden">
        {text('pickerHelp')}
      </p>
      {listMounted ? (
        <div className="indicator-picker__popup" hidden={!open}>
          <label className="indicator-picker__group" htmlFor={groupId}>
            {text('pickerGroupFilter')}
            <select
              id={groupId}
              className="input"
              value={group ?? ''}
              onChange={(event) => setGroup(event.target.value === '' ? null : event.target.value)}
            >
              <option value="">{text('pickerAllGroups')}</option>
              {(slim.data?.groups ?? []).map((item) => (
                <option key={item.name} value={item.name} lang="sv">
                  {item.name} ({item.count})
                </option>
              ))}
            </select>
          </label>
          <PickerStatus
            text={text}
            list={list}
            query={needle}
            loading={needle === '' ? slim.isPending : search.isFetching}
            error={listError ? apiErrorText(listError, lang) : null}
          />
          <PickerListbox
            open={open}
            listId={listId}
            listRef={listRef}
            list={list}
            selectedId={value.id}
            activeId={activeOption?.id}
            text={text}
            label={label}
            onChoose={choose}
            onPreview={onPreview}
          />
        </div>
      ) : null}
    </div>
  );
}
