import type { SourceRef } from '../../data/contract';
import type { Lang } from './format';
import { Fragment } from 'react';
import { LANGUAGE_NAME } from './language-marker';
import { languageParts, sourceLabel, sourceLabelParts, type SourceLabelPart } from './source-label';

/**
 * Text that exists only in its source's language (Kolada titles and SCB table names in Swedish, the firm
 * snapshot's descriptions in English). On a page of the other language it is marked with `lang` (screen
 * readers switch voice) and a visible marker ("sv"/"en"), never silently mixed in.
 */
export function SourceLanguageText({ text, textLang, lang }: { text: string; textLang: Lang; lang: Lang }) {
  if (textLang === lang) return <>{text}</>;
  return (
    <span className="source-lang">
      <span lang={textLang}>{text}</span>{' '}
      <abbr className="lang-marker" title={LANGUAGE_NAME[lang][textLang]}>
        {textLang}
      </abbr>
    </span>
  );
}

export interface TitledIndicator {
  title: { sv: string; en: string };
  /** "sv" when Kolada publishes no English title (data/contract). */
  titleLanguage?: 'sv' | undefined;
}

/** An indicator's title in the page's language; Kolada's Swedish-only titles marked as Swedish on English pages. */
export function IndicatorTitle({ indicator, lang }: { indicator: TitledIndicator; lang: Lang }) {
  if (lang === 'en' && indicator.titleLanguage === 'sv')
    return <SourceLanguageText text={indicator.title.sv} textLang="sv" lang={lang} />;
  return <>{indicator.title[lang]}</>;
}

/**
 * A figure's source as people read it ("SCB, BE0101 BefolkningNy (BE0101N1)"). SCB names its tables in Swedish
 * only (Boverket its survey): on an English page those names, and only they, are marked Swedish
 * (data/format/source-label: sourceLabelParts). Every rendered source goes through here.
 */
export function SourceLabel({ source, lang }: { source: Pick<SourceRef, 'citation' | 'table'>; lang: Lang }) {
  return <SourceRuns parts={sourceLabelParts(source, lang)} lang={lang} />;
}

/** A publisher or table name as the data writes it, its Swedish names marked on an English page. */
export function SourceNameText({ text, lang }: { text: string; lang: Lang }) {
  return <SourceRuns parts={languageParts(text, lang)} lang={lang} />;
}

/** Several sources in one line, each marked as SourceLabel marks it. */
export function SourceLabels({
  sources,
  lang,
  separator = ' · ',
}: {
  sources: readonly Pick<SourceRef, 'citation' | 'table'>[];
  lang: Lang;
  separator?: string;
}) {
  const seen = new Map<string, Pick<SourceRef, 'citation' | 'table'>>();
  for (const source of sources) seen.set(sourceLabel(source, lang), source);
  return (
    <>
      {[...seen].map(([key, source], index) => (
        <Fragment key={key}>
          {index > 0 && separator}
          <SourceLabel source={source} lang={lang} />
        </Fragment>
      ))}
    </>
  );
}

/** Text runs, the Swedish-only ones marked on an English page (as SourceLanguageText marks them). */
export function SourceRuns({ parts, lang }: { parts: readonly SourceLabelPart[]; lang: Lang }) {
  return (
    <>
      {parts.map((part, index) =>
        part.sv ? (
          <SourceLanguageText key={index} text={part.text} textLang="sv" lang={lang} />
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
