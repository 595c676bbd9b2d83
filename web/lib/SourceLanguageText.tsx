import type { SourceRef } from '../../data/contract';
import type { Lang } from './format';
import { sourceLabel } from './source-label';

/** The marker's hover text, in the page's language: which language the marked text is in. */
const LANGUAGE_NAME: Record<Lang, Record<Lang, string>> = {
  sv: { sv: 'på svenska', en: 'på engelska (källan finns bara på engelska)' },
  en: { sv: 'in Swedish (the source publishes it in Swedish only)', en: 'in English' },
};

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
 * only, so a source whose table is a name, not a bare id, is marked Swedish on an English page.
 */
export function SourceLabel({ source, lang }: { source: Pick<SourceRef, 'citation' | 'table'>; lang: Lang }) {
  const text = sourceLabel(source, lang);
  return /\s/.test(source.table.trim()) ? (
    <SourceLanguageText text={text} textLang="sv" lang={lang} />
  ) : (
    <>{text}</>
  );
}
