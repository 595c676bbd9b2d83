import type { ActionStatus, EntryKind, OrganisationKind, OutcomeStatus } from '../contract';
import type { Lang } from '../format/format-value';

/**
 * The words of the final report, shared by the printed A4 page (web) and the DOCX (api) so both say the same.
 * Swedish first: the groups write their reports in Swedish.
 */
export interface ReportTexts {
  title: (title: string) => string;
  locality: (names: string) => string;
  generated: (date: string, build: string) => string;
  purpose: string;
  purposeText: (title: string, locality: string, cycles: number) => string;
  approach: string;
  approachText: string;
  cycleColumn: string;
  dateColumn: string;
  themeColumn: string;
  attendanceColumn: string;
  noAttendance: string;
  organisations: string;
  cycleHeading: (n: number, date: string, title: string | null) => string;
  kinds: Record<'obstacle' | 'solution' | 'action', string>;
  kindName: Record<EntryKind, string>;
  votes: (n: number) => string;
  owner: string;
  due: string;
  actionStatus: Record<ActionStatus, string>;
  decisions: string;
  review: string;
  minutes: string;
  noEntries: string;
  outcomes: string;
  noOutcomes: string;
  outcomeStatus: Record<OutcomeStatus, string>;
  contributingActions: string;
  evidence: string;
  frozen: (year: number, source: string) => string;
  weightings: string;
  recommendations: string;
  recommendationsSource: string;
  noRecommendations: string;
  annex: string;
  annexText: string;
  indicator: string;
  municipality: string;
  value: string;
  year: string;
  publisher: string;
  table: string;
  build: string;
  usedIn: string;
  keyFigure: string;
  noFigures: string;
  organisationKind: Record<OrganisationKind, string>;
}

const sv: ReportTexts = {
  title: (title) => `Slutrapport: ${title}`,
  locality: (names) => `Ort: ${names}`,
  generated: (date, build) => `Sammanställd ${date} · databygge ${build}`,
  purpose: 'Syfte',
  purposeText: (title, locality, cycles) =>
    `${title} är en lärande verkstad för ${locality}. Företag, kommun, region och skolor träffades i ${cycles} lärcykler för att hitta hindren för kompetensförsörjningen, prioritera lösningar och komma överens om åtgärder, med atlasens siffror som underlag.`,
  approach: 'Genomförande',
  approachText:
    'Gruppen arbetade i lärcykler: vid varje träff skrev deltagarna ner hinder och lösningar, prioriterade dem med prickar och tog med sig åtgärder (hemläxor) till nästa träff.',
  cycleColumn: 'Cykel',
  dateColumn: 'Datum',
  themeColumn: 'Rubrik',
  attendanceColumn: 'Närvarande organisationer',
  noAttendance: 'Närvaro inte antecknad',
  organisations: 'Deltagande organisationer',
  cycleHeading: (n, date, title) => `Cykel ${n}, ${date}${title ? `: ${title}` : ''}`,
  kinds: { obstacle: 'Prioriterade hinder', solution: 'Lösningar', action: 'Åtgärder och status' },
  kindName: {
    activity: 'Aktivitet',
    challenge: 'Utmaning',
    obstacle: 'Hinder',
    opportunity: 'Möjlighet',
    solution: 'Lösning',
    action: 'Åtgärd',
  },
  votes: (n) => (n === 1 ? '1 prick' : `${n} prickar`),
  owner: 'Ansvarig',
  due: 'Klart senast',
  actionStatus: { planned: 'Planerad', in_progress: 'Pågår', done: 'Klar', dropped: 'Avbruten' },
  decisions: 'Beslut',
  review: 'Följs upp',
  minutes: 'Anteckningar från träffen',
  noEntries: 'Inga anteckningar.',
  outcomes: 'Resultat',
  noOutcomes: 'Inga resultat registrerade.',
  outcomeStatus: {
    expected: 'Förväntat',
    partly_achieved: 'Delvis uppnått',
    achieved: 'Uppnått',
    not_achieved: 'Inte uppnått',
  },
  contributingActions: 'Bidragande åtgärder',
  evidence: 'Underlag',
  frozen: (year, source) => `${year}, ${source}`,
  weightings: 'Aktörernas viktningar',
  recommendations: 'Rekommendationer till beslutsfattare',
  recommendationsSource: 'Skrivna av gruppen (verkstadens rekommendationer).',
  noRecommendations: 'Inga rekommendationer skrivna.',
  annex: 'Bilaga: siffror som används',
  annexText:
    'Varje siffra i rapporten med utgivare, tabell eller KPI, år och databygge. Siffror kopplade till anteckningar och resultat visas som de var när de kopplades.',
  indicator: 'Indikator',
  municipality: 'Kommun',
  value: 'Värde',
  year: 'År',
  publisher: 'Utgivare',
  table: 'Tabell/KPI',
  build: 'Databygge',
  usedIn: 'Används i',
  keyFigure: 'Nyckeltal',
  noFigures: 'Inga siffror används.',
  organisationKind: {
    firm: 'Företag',
    municipality: 'Kommun',
    region: 'Region',
    school: 'Skola',
    other: 'Annan',
  },
};

const en: ReportTexts = {
  title: (title) => `Final report: ${title}`,
  locality: (names) => `Locality: ${names}`,
  generated: (date, build) => `Compiled ${date} · data build ${build}`,
  purpose: 'Purpose',
  purposeText: (title, locality, cycles) =>
    `${title} is a learning workshop for ${locality}. Firms, the municipality, the region and schools met in ${cycles} learning cycles to find the obstacles to skills supply, prioritise solutions and agree on actions, with the atlas's figures as evidence.`,
  approach: 'Approach',
  approachText:
    'The group worked in learning cycles: at each meeting the participants wrote down obstacles and solutions, prioritised them with dots and took actions (homework) to the next meeting.',
  cycleColumn: 'Cycle',
  dateColumn: 'Date',
  themeColumn: 'Title',
  attendanceColumn: 'Organisations present',
  noAttendance: 'Attendance not recorded',
  organisations: 'Participating organisations',
  cycleHeading: (n, date, title) => `Cycle ${n}, ${date}${title ? `: ${title}` : ''}`,
  kinds: { obstacle: 'Prioritised obstacles', solution: 'Solutions', action: 'Actions and status' },
  kindName: {
    activity: 'Activity',
    challenge: 'Challenge',
    obstacle: 'Obstacle',
    opportunity: 'Opportunity',
    solution: 'Solution',
    action: 'Action',
  },
  votes: (n) => (n === 1 ? '1 dot' : `${n} dots`),
  owner: 'Owner',
  due: 'Due',
  actionStatus: { planned: 'Planned', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
  decisions: 'Decisions',
  review: 'Review',
  minutes: 'Minutes of the meeting',
  noEntries: 'No entries.',
  outcomes: 'Outcomes',
  noOutcomes: 'No outcomes recorded.',
  outcomeStatus: {
    expected: 'Expected',
    partly_achieved: 'Partly achieved',
    achieved: 'Achieved',
    not_achieved: 'Not achieved',
  },
  contributingActions: 'Contributing actions',
  evidence: 'Evidence',
  frozen: (year, source) => `${year}, ${source}`,
  weightings: "Stakeholders' weightings",
  recommendations: 'Policy recommendations',
  recommendationsSource: "Written by the group (the workshop's recommendations).",
  noRecommendations: 'No recommendations written.',
  annex: 'Annex: figures used',
  annexText:
    'Every figure in the report with publisher, table or KPI, year and data build. Figures linked to entries and outcomes are shown as they were when linked.',
  indicator: 'Indicator',
  municipality: 'Municipality',
  value: 'Value',
  year: 'Year',
  publisher: 'Publisher',
  table: 'Table/KPI',
  build: 'Data build',
  usedIn: 'Used in',
  keyFigure: 'Key figure',
  noFigures: 'No figures used.',
  organisationKind: {
    firm: 'Firm',
    municipality: 'Municipality',
    region: 'Region',
    school: 'School',
    other: 'Other',
  },
};

export const REPORT_TEXTS: Readonly<Record<Lang, ReportTexts>> = { sv, en };
