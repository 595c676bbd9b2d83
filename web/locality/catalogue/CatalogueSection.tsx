import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { SexView } from '../../../data/contract/api';
import { indicatorSearchQuery, slimCatalogueQuery } from '../../data/catalogue-queries';
import { profileQuery } from '../../data/profile-queries';
import { ApiErrorLine } from '../../i18n/ApiErrorLine';
import type { Lang } from '../../lib/format';
import { SourceLanguageText } from '../../lib/SourceLanguageText';
import { pickerText } from '../../lib/picker-texts';
import type { LocalityText } from '../texts';
import { FoldSection } from '../sections/FoldSection';
import { catalogueText, type CatalogueText } from './catalogue-texts';
import { CatalogueTable } from './CatalogueTable';
import './catalogue.css';

interface Props {
  code: string;
  name: string;
  sex: SexView;
  lang: Lang;
  t: LocalityText;
}

/** A profile answer holds at most this many chosen ids (ProfileQuery): the first search matches shown with values. */
const SEARCH_ROWS = 30;
const SEARCH_DELAY_MS = 200;

/**
 * The rest of Kolada on the locality page: its operating areas with counts, each opened on demand into a table of
 * this municipality's figures (one profile answer per area), and the catalogue's search (the planner's API search,
 * Swedish-aware). Nothing loads until the section is opened, so the first screen pays nothing for it.
 */
export function CatalogueSection(props: Props) {
  const ct = catalogueText(props.lang);
  return (
    <FoldSection id="catalogue" title={ct('catalogueHeading')} hint={ct('catalogueHint')} lazy>
      <CatalogueBrowser {...props} ct={ct} />
    </FoldSection>
  );
}

function CatalogueBrowser({ code, name, sex, lang, t, ct }: Props & { ct: CatalogueText }) {
  const pt = pickerText(lang);
  const searchId = useId();
  const groupId = useId();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [group, setGroup] = useState<string | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(query), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  const needle = debounced.trim();
  const slim = useQuery(slimCatalogueQuery);
  const search = useQuery({
    ...indicatorSearchQuery(needle, group, SEARCH_ROWS),
    enabled: needle !== '',
    placeholderData: keepPreviousData,
  });
  const groups = (slim.data?.groups ?? []).filter((item) => group === null || item.name === group);
  const status =
    needle === ''
      ? slim.isPending
        ? pt('pickerLoading')
        : ''
      : search.isFetching
        ? pt('pickerSearching')
        : search.data && search.data.total === 0
          ? pt('pickerNoMatch', { q: needle })
          : search.data
            ? ct('catalogueMatches', { n: search.data.total, shown: search.data.matches.length })
            : '';
  return (
    <div className="catalogue-browser" data-testid="catalogue-browser">
      <p className="card-hint rows-help">{ct('catalogueHelp', { name })}</p>
      <div className="catalogue-controls">
        <label htmlFor={searchId}>{ct('catalogueSearch')}</label>
        <input
          id={searchId}
          type="search"
          className="input"
          placeholder={pt('pickerPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="catalogue-search"
        />
        <label htmlFor={groupId}>{pt('pickerGroupFilter')}</label>
        <select
          id={groupId}
          className="input"
          value={group ?? ''}
          onChange={(event) => setGroup(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{pt('pickerAllGroups')}</option>
          {(slim.data?.groups ?? []).map((item) => (
            <option key={item.name} value={item.name} lang="sv">
              {item.name} ({item.count})
            </option>
          ))}
        </select>
      </div>
      <p className="hint" role="status" data-testid="catalogue-status">
        {status}
      </p>
      {slim.error && (
        <p role="alert">
          <ApiErrorLine error={slim.error} lang={lang} say={(message) => pt('pickerError', { message })} />
        </p>
      )}
      {needle !== '' ? (
        search.data && search.data.matches.length > 0 ? (
          <FigureTable
            scope={{ indicators: search.data.matches.map((line) => line.id) }}
            caption={pt('pickerCount', { n: search.data.total })}
            code={code}
            sex={sex}
            lang={lang}
            t={t}
            ct={ct}
          />
        ) : null
      ) : (
        <div>
          <h3 className="visually-hidden">{ct('catalogueGroups')}</h3>
          {groups.map((item) => (
            <GroupRows
              key={item.name}
              group={item.name}
              count={item.count}
              startOpen={group !== null}
              code={code}
              sex={sex}
              lang={lang}
              t={t}
              ct={ct}
            />
          ))}
        </div>
      )}
    </div>
  );
}

interface GroupRowsProps {
  group: string;
  count: number;
  startOpen: boolean;
  code: string;
  sex: SexView;
  lang: Lang;
  t: LocalityText;
  ct: CatalogueText;
}

/** One operating area, closed at first; its figures are asked for when it is opened. */
function GroupRows({ group, count, startOpen, ...rest }: GroupRowsProps) {
  const [open, setOpen] = useState(startOpen);
  return (
    <details
      className="theme-rows catalogue-group"
      open={open}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      data-group={group}
    >
      <summary>
        <h4 className="catalogue-group-name">
          <SourceLanguageText text={group} textLang="sv" lang={rest.lang} />
        </h4>{' '}
        <span className="card-hint">{rest.ct('catalogueGroupCount', { n: count })}</span>
      </summary>
      {open && (
        <FigureTable
          scope={{ group }}
          caption={<SourceLanguageText text={group} textLang="sv" lang={rest.lang} />}
          {...rest}
        />
      )}
    </details>
  );
}

interface FigureTableProps {
  scope: { group: string } | { indicators: readonly string[] };
  caption: ReactNode;
  code: string;
  sex: SexView;
  lang: Lang;
  t: LocalityText;
  ct: CatalogueText;
}

/** This municipality's figures for one area or a list of matches: one profile answer, cached under its key. */
function FigureTable({ scope, caption, code, sex, lang, t, ct }: FigureTableProps) {
  const profile = useQuery({
    ...profileQuery(code, [], { ...scope, ...(sex === 'total' ? {} : { sex }) }),
    placeholderData: keepPreviousData,
  });
  if (profile.error)
    return (
      <p role="alert">
        <ApiErrorLine
          error={profile.error}
          lang={lang}
          say={(message) => ct('catalogueError', { message })}
        />
      </p>
    );
  if (!profile.data) return <p className="card-hint">{ct('catalogueLoadingGroup')}</p>;
  return (
    <CatalogueTable
      items={profile.data.indicators}
      code={code}
      sex={sex}
      caption={caption}
      lang={lang}
      t={t}
      ct={ct}
    />
  );
}
