import { createTranslator, type Translator } from '../../i18n/translate';
import type { Lang } from '../../lib/format';

/** What the rows' strips and sparklines and "stands out" show in a sex view, in both languages. */
const SV = {
  view_women: 'kvinnor',
  view_men: 'män',
  view_gap: 'skillnaden kvinnor − män',
  rowsShowView:
    'Remsorna och linjerna visar {view} där Kolada delar upp indikatorn efter kön; annars visar de totalen, och raden säger det.',
  rowShowsTotals: 'remsan och linjen visar totalen',
  rowShowsView: 'remsan och linjen visar {view}',
  stripLabelGap:
    '{view}. {name}: {value}. Median {median}. Länet {county}, riket {nation}. Liknande kommuner: {peers}. En skillnad har inget bättre eller sämre och rangordnas inte.',
  trendLabel: '{view}, {from}-{to}: {first} → {last}',
  trendTotals: 'Diagrammet visar totalen (kvinnor och män tillsammans), inte {view}.',
  trendOfView: '{title}, {view}: {name} jämfört med länet och riket',
  trendNoSplit:
    'Ingen uppdelning efter kön: Kolada delar inte upp indikatorn på kvinnor och män, så diagrammet visar totalen.',
  trendShowsView: 'Diagrammet och tabellen visar {view}, år för år; totalen finns på raden.',
  trendMissingYears: '{line}: inget värde {years} — {reason}.',
  standsOutTotals: 'Visar totalen, inte {view}: vad som sticker ut räknas på kvinnor och män tillsammans.',
  standsOutTotalsGap:
    'Visar totalen, inte skillnaden mellan kvinnor och män: en skillnad har inget bättre eller sämre, så den rangordnas inte som styrka eller svaghet.',
};

const EN: typeof SV = {
  view_women: 'women',
  view_men: 'men',
  view_gap: 'the gap women − men',
  rowsShowView:
    'The strips and lines show {view} where Kolada splits the indicator by sex; otherwise they show the total, and the row says so.',
  rowShowsTotals: 'the strip and line show the total',
  rowShowsView: 'the strip and line show {view}',
  stripLabelGap:
    '{view}. {name}: {value}. Median {median}. County {county}, nation {nation}. Similar municipalities: {peers}. A gap has no better or worse and is not ranked.',
  trendLabel: '{view}, {from}-{to}: {first} → {last}',
  trendTotals: 'The chart shows the total (women and men together), not {view}.',
  trendOfView: '{title}, {view}: {name} compared with the county and Sweden',
  trendNoSplit:
    'No split by sex: Kolada does not split this indicator into women and men, so the chart shows the total.',
  trendShowsView: 'The chart and the table show {view}, year by year; the total is on the row.',
  trendMissingYears: '{line}: no figure for {years} — {reason}.',
  standsOutTotals: 'Shows the total, not {view}: what stands out is counted on women and men together.',
  standsOutTotalsGap:
    'Shows the total, not the gap between women and men: a gap has no better or worse, so it is not ranked as a strength or a weakness.',
};

export type SexViewText = Translator<keyof typeof SV>;

export const sexViewText = (lang: Lang): SexViewText =>
  createTranslator<keyof typeof SV>({ sv: SV, en: EN }, lang);
