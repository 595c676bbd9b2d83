import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportItem, ReportModel } from '../../../data/workshop-report/report-model';

/**
 * The report model as an editable Word document (DOCX). Every text goes in as a text run, which the library
 * writes XML-escaped: stored text can never become markup in the document.
 */
export async function docxReport(model: ReportModel): Promise<Buffer> {
  const t = model.texts;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
    new Paragraph(model.locality),
    new Paragraph({ children: [new TextRun({ text: model.generated, italics: true })] }),

    heading(t.purpose),
    new Paragraph(model.purpose),

    heading(t.approach),
    new Paragraph(model.approach.text),
    table(
      [t.cycleColumn, t.dateColumn, t.themeColumn, t.attendanceColumn],
      model.approach.cycles.map((c) => [c.cycle, c.date, c.title, c.attendance]),
    ),
    heading(t.organisations, HeadingLevel.HEADING_2),
    ...bullets(model.approach.organisations),
  ];

  for (const cycle of model.cycles) {
    children.push(heading(cycle.heading));
    if (cycle.groups.every((group) => group.items.length === 0)) children.push(new Paragraph(t.noEntries));
    for (const group of cycle.groups) {
      if (group.items.length === 0) continue;
      children.push(heading(group.heading, HeadingLevel.HEADING_2), ...items(group.items, true));
    }
    if (cycle.decisions.length > 0) {
      children.push(heading(t.decisions, HeadingLevel.HEADING_2), ...items(cycle.decisions, false));
    }
    if (cycle.minutes) children.push(heading(t.minutes, HeadingLevel.HEADING_2), ...lines(cycle.minutes));
  }

  children.push(heading(t.outcomes));
  if (model.outcomes.length === 0) children.push(new Paragraph(t.noOutcomes));
  model.outcomes.forEach((outcome, index) => {
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${index + 1}. `, bold: true }),
          new TextRun({ text: outcome.statement, bold: true }),
          new TextRun(` (${outcome.status})`),
        ],
      }),
    );
    if (outcome.actions.length > 0) {
      children.push(new Paragraph(`${t.contributingActions}:`), ...bullets(outcome.actions));
    }
    children.push(new Paragraph(`${t.evidence}:`), ...bullets(outcome.evidence));
  });

  if (model.weightings) {
    children.push(
      heading(t.weightings),
      table(model.weightings.header, model.weightings.rows),
      ...model.weightings.notes.map((note) => new Paragraph(note)),
    );
  }

  children.push(heading(t.recommendations), new Paragraph(t.recommendationsSource));
  children.push(
    ...(model.recommendations ? lines(model.recommendations) : [new Paragraph(t.noRecommendations)]),
  );

  children.push(heading(t.annex), new Paragraph(t.annexText));
  children.push(
    model.annex.length === 0
      ? new Paragraph(t.noFigures)
      : table(
          [t.indicator, t.municipality, t.value, t.year, t.publisher, t.table, t.build, t.usedIn],
          model.annex.map((row) => [
            row.indicator,
            row.municipality,
            row.value,
            String(row.year),
            row.publisher,
            row.table,
            row.buildId,
            row.usedIn,
          ]),
        ),
  );

  const document = new Document({
    creator: 'Kompetensatlas',
    title: model.title,
    // Word's spelling check and hyphenation follow the report's language.
    styles: {
      default: { document: { run: { language: { value: model.lang === 'sv' ? 'sv-SE' : 'en-GB' } } } },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function heading(
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
) {
  return new Paragraph({ text, heading: level });
}

/** Plain multi-line text (minutes, recommendations): one paragraph per line, as the group wrote it. */
function lines(text: string): Paragraph[] {
  return text.split(/\r?\n/).map((line) => new Paragraph(line));
}

function bullets(texts: readonly string[]): Paragraph[] {
  return texts.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
}

function items(list: readonly ReportItem[], numbered: boolean): Paragraph[] {
  return list.map(
    (item, index) =>
      new Paragraph({
        children: [
          new TextRun(numbered ? `${index + 1}. ` : '• '),
          new TextRun(item.text),
          ...(item.detail ? [new TextRun({ text: ` — ${item.detail}`, italics: true })] : []),
        ],
      }),
  );
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}
