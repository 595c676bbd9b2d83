import { createTranslator, type Translator } from '../../i18n/translate';
import type { Lang } from '../../lib/format';

/** Text of the participant's phone view: Swedish first, English for visitors; one language per page. */
const sv = {
  joinTitle: 'Var med i verkstaden',
  joinIntro: 'Skriv anteckningar och fördela dina prickar från mobilen. Du behöver inget konto.',
  joinOrganisation: 'Jag kommer från',
  joinNoOrganisation: '(vill inte ange)',
  join: 'Gå med',
  joining: 'Går med…',
  joinError: 'Kunde inte gå med: {message}',
  invalidLink: 'Länken gäller inte längre. Be samtalsledaren om den nya länken.',
  cycleOn: 'Cykel {n} · {date}',
  addNote: 'Ny anteckning',
  kind: 'Slag',
  kind_obstacle: 'Hinder',
  kind_solution: 'Lösning',
  kind_opportunity: 'Möjlighet',
  kind_challenge: 'Utmaning',
  kind_activity: 'Aktivitet',
  theme: 'Tema',
  themeNone: '(inget tema)',
  themeOther: 'Annat',
  text: 'Din anteckning',
  send: 'Skicka',
  dotsLeft: 'Du har {left} av {total} prickar kvar i den här cykeln.',
  prioritise: 'Prioritera',
  noVotable: 'Inga hinder eller lösningar ännu.',
  votes: '{n} prickar',
  mine: 'varav {n} dina',
  voteUp: 'Ge en prick till "{text}"',
  voteDown: 'Ta tillbaka en prick från "{text}"',
  pending: '{n} väntar på nätet och skickas när du är uppkopplad igen.',
  rejected: '{n} kunde inte sparas (till exempel när prickarna var slut).',
  live: 'Tavlan uppdateras direkt.',
  polling: 'Tavlan uppdateras med några sekunders mellanrum.',
  connecting: 'Ansluter…',
  loading: 'Hämtar verkstaden…',
};

export type ParticipantTextKey = keyof typeof sv;

const en: Record<ParticipantTextKey, string> = {
  joinTitle: 'Join the workshop',
  joinIntro: 'Write notes and give your dots from your phone. No account needed.',
  joinOrganisation: 'I am from',
  joinNoOrganisation: '(rather not say)',
  join: 'Join',
  joining: 'Joining…',
  joinError: 'Could not join: {message}',
  invalidLink: 'This link no longer works. Ask the facilitator for the new link.',
  cycleOn: 'Cycle {n} · {date}',
  addNote: 'New note',
  kind: 'Kind',
  kind_obstacle: 'Obstacle',
  kind_solution: 'Solution',
  kind_opportunity: 'Opportunity',
  kind_challenge: 'Challenge',
  kind_activity: 'Activity',
  theme: 'Theme',
  themeNone: '(no theme)',
  themeOther: 'Other',
  text: 'Your note',
  send: 'Send',
  dotsLeft: 'You have {left} of {total} dots left in this cycle.',
  prioritise: 'Prioritise',
  noVotable: 'No obstacles or solutions yet.',
  votes: '{n} dots',
  mine: '{n} of them yours',
  voteUp: 'Give a dot to "{text}"',
  voteDown: 'Take a dot back from "{text}"',
  pending: '{n} waiting for the network; sent when you are back online.',
  rejected: '{n} could not be saved (for example when your dots were used up).',
  live: 'The board updates live.',
  polling: 'The board updates every few seconds.',
  connecting: 'Connecting…',
  loading: 'Loading the workshop…',
};

export type ParticipantText = Translator<ParticipantTextKey>;

/** @example participantText('en')('votes', { n: 2 }) // "2 dots" */
export const participantText = (lang: Lang): ParticipantText =>
  createTranslator<ParticipantTextKey>({ sv, en }, lang);

/** Both dictionaries, for the test that every key has both languages. */
export const PARTICIPANT_DICTIONARIES = { sv, en };
