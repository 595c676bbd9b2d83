import { citationText, sourceLabel } from '../format/source-label';
import type {
  Cycle,
  Entry,
  IndicatorCurrent,
  IndicatorLink,
  LocalisedText,
  Outcome,
  Workshop,
  WorkshopWeightings,
} from '../contract';
import { formatValue, type Lang, type ValueFormat } from '../format/format-value';
import { prioritised } from './entry-order';
import { weightingTable, type WeightingTable } from '../workshop-weightings/weighting-table';
import { REPORT_TEXTS, type ReportTexts } from './report-texts';

/**
 * The final report as data: one structure that the printed A4 page and the DOCX both render, section by section
 * (purpose, approach, each cycle, outcomes, weightings, policy recommendations, data annex). Pure: every name and
 * figure comes from the inputs; nothing is estimated, and a figure the build lacks is not listed.
 */

export interface ReportIndicator extends ValueFormat {
  title: LocalisedText;
}

export interface ReportInput {
  workshop: Workshop;
  outcomes: readonly Outcome[];
  /** The locality's key figures from the current build (the atlas's "now"). */
  keyFigures: readonly IndicatorCurrent[];
  indicator: (id: string) => ReportIndicator | undefined;
  municipalityName: (code: string) => string;
  lang: Lang;
  /** YYYY-MM-DD */
  generatedOn: string;
  /** The build the report was compiled from. */
  buildId: string;
  /** The organisations' saved weightings of the index (issue 15 §8); none: the report leaves the section out. */
  weightings?: WorkshopWeightings;
}

export interface ReportItem {
  text: string;
  /** "(organisation) — 3 dots" and similar: the facts about the item, already in the report's language. */
  detail: string;
}

export interface ReportCycle {
  heading: string;
  groups: { kind: 'obstacle' | 'solution' | 'action'; heading: string; items: ReportItem[] }[];
  decisions: ReportItem[];
  minutes: string;
}

export interface ReportOutcome {
  statement: string;
  status: string;
  actions: string[];
  evidence: string[];
}

export interface ReportAnnexRow {
  indicator: string;
  municipality: string;
  value: string;
  year: number;
  publisher: string;
  table: string;
  buildId: string;
  usedIn: string;
}

export interface ReportModel {
  lang: Lang;
  texts: ReportTexts;
  title: string;
  locality: string;
  generated: string;
  purpose: string;
  approach: {
    text: string;
    cycles: { cycle: string; date: string; title: string; attendance: string }[];
    organisations: string[];
  };
  cycles: ReportCycle[];
  outcomes: ReportOutcome[];
  weightings: WeightingTable | null;
  recommendations: string;
  annex: ReportAnnexRow[];
}

export function reportModel(input: ReportInput): ReportModel {
  const { workshop, lang } = input;
  const texts = REPORT_TEXTS[lang];
  const organisation = (id: string | null | undefined) =>
    workshop.organisations.find((o) => o.id === id)?.name ?? '';
  const locality = workshop.municipalities.map(input.municipalityName).join(', ');
  const entries = workshop.cycles.flatMap((cycle) => cycle.entries.map((entry) => ({ cycle, entry })));
  const annex = new AnnexBuilder(input, texts);
  for (const figure of input.keyFigures) annex.add(figure, texts.keyFigure);
  for (const { cycle, entry } of entries) {
    for (const link of entry.links)
      annex.add(link, `${texts.cycleColumn} ${cycle.number}: ${texts.kindName[entry.kind]}`);
  }
  input.outcomes.forEach((outcome, index) => {
    for (const evidence of outcome.evidence) {
      if (evidence.kind === 'indicator') annex.add(evidence, `${texts.outcomes} ${index + 1}`);
    }
  });

  return {
    lang,
    texts,
    title: texts.title(workshop.title),
    locality: texts.locality(locality),
    generated: texts.generated(input.generatedOn, input.buildId),
    purpose: texts.purposeText(workshop.title, locality, workshop.cycles.length),
    approach: {
      text: texts.approachText,
      cycles: workshop.cycles.map((cycle) => ({
        cycle: String(cycle.number),
        date: cycle.date,
        title: cycle.title ?? '',
        attendance:
          cycle.attendance.length > 0 ? cycle.attendance.map(organisation).join(', ') : texts.noAttendance,
      })),
      organisations: workshop.organisations.map((o) => `${o.name} (${texts.organisationKind[o.kind]})`),
    },
    cycles: workshop.cycles.map((cycle) => cycleSection(cycle, texts, organisation)),
    outcomes: input.outcomes.map((outcome) => ({
      statement: outcome.statement,
      status: texts.outcomeStatus[outcome.status],
      actions: outcome.actionIds.flatMap((id) => {
        const found = entries.find(({ entry }) => entry.id === id);
        return found ? [`${found.entry.text} (${texts.cycleColumn} ${found.cycle.number})`] : [];
      }),
      evidence: outcome.evidence.map((evidence) =>
        evidence.kind === 'source'
          ? evidence.url
            ? `${evidence.citation} (${evidence.url})`
            : evidence.citation
          : annex.describe(evidence),
      ),
    })),
    weightings: input.weightings
      ? weightingTable({
          weightings: input.weightings.weightings,
          buildId: input.weightings.buildId,
          municipalities: workshop.municipalities,
          organisationName: (id) => organisation(id),
          municipalityName: input.municipalityName,
          indicatorTitle: (id) => input.indicator(id)?.title[lang] ?? id,
          lang,
        })
      : null,
    recommendations: workshop.recommendations,
    annex: annex.rows,
  };
}

function cycleSection(
  cycle: Cycle,
  texts: ReportTexts,
  organisation: (id: string | null) => string,
): ReportCycle {
  const item = (entry: Entry): ReportItem => {
    const by = entry.organisationId ? organisation(entry.organisationId) : '';
    const facts = entry.action
      ? [
          `${texts.owner}: ${organisation(entry.action.ownerOrganisationId)}`,
          `${texts.due}: ${entry.action.dueDate ?? '–'}`,
          texts.actionStatus[entry.action.status],
        ]
      : [texts.votes(entry.votes)];
    return { text: entry.text, detail: [by, ...facts].filter(Boolean).join(' · ') };
  };
  return {
    heading: texts.cycleHeading(cycle.number, cycle.date, cycle.title),
    groups: (['obstacle', 'solution', 'action'] as const).map((kind) => ({
      kind,
      heading: texts.kinds[kind],
      items: prioritised(cycle.entries, kind).map(item),
    })),
    decisions: cycle.decisions.map((decision) => ({
      text: decision.text,
      detail: [
        decision.ownerOrganisationId ? `${texts.owner}: ${organisation(decision.ownerOrganisationId)}` : '',
        decision.reviewDate ? `${texts.review}: ${decision.reviewDate}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    minutes: cycle.minutes,
  };
}

type Figure = Pick<IndicatorLink, 'indicatorId' | 'municipality' | 'value' | 'year' | 'source' | 'buildId'>;

/** Every figure once per (indicator, municipality, year, build, value), with the places it is used. */
class AnnexBuilder {
  readonly rows: ReportAnnexRow[] = [];
  private readonly byKey = new Map<string, ReportAnnexRow>();

  constructor(
    private readonly input: ReportInput,
    private readonly texts: ReportTexts,
  ) {}

  add(figure: Figure, usedIn: string): void {
    const key = [figure.indicatorId, figure.municipality, figure.year, figure.buildId, figure.value].join(
      '|',
    );
    const known = this.byKey.get(key);
    if (known) {
      if (!known.usedIn.split('; ').includes(usedIn)) known.usedIn = `${known.usedIn}; ${usedIn}`;
      return;
    }
    const row: ReportAnnexRow = {
      indicator: this.title(figure.indicatorId),
      municipality: this.input.municipalityName(figure.municipality),
      value: this.value(figure),
      year: figure.year,
      publisher: citationText(figure.source.citation, this.input.lang),
      table: figure.source.table,
      buildId: figure.buildId,
      usedIn,
    };
    this.byKey.set(key, row);
    this.rows.push(row);
  }

  /** "Title, Municipality: value (year, publisher table)" for an outcome's evidence list. */
  describe(figure: Figure): string {
    const source = sourceLabel(figure.source, this.input.lang);
    return `${this.title(figure.indicatorId)}, ${this.input.municipalityName(figure.municipality)}: ${this.value(figure)} (${this.texts.frozen(figure.year, source)})`;
  }

  private title(id: string): string {
    return this.input.indicator(id)?.title[this.input.lang] ?? id;
  }

  private value(figure: Figure): string {
    const format = this.input.indicator(figure.indicatorId);
    return format ? formatValue(figure.value, format, this.input.lang) : String(figure.value);
  }
}
