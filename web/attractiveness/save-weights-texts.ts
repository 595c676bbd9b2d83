import { createTranslator, type Translator } from '../i18n/translate';
import type { Lang } from '../lib/format';

/** Text of "save these weights for an organisation in a workshop" in the planner's index mode (issue 15 §8). */
const sv = {
  heading: 'Spara vikterna i en verkstad',
  help: 'Spara vikterna ovan som en organisations viktning i en verkstad. Servern räknar rangordningen med databygget {build} och sparar den som den är nu.',
  noHeld:
    'Den här webbläsaren har ingen verkstadslänk ännu. Öppna verkstaden en gång med samtalsledarens länk för att kunna spara vikter här.',
  workshop: 'Verkstad',
  roleFacilitator: 'samtalsledare',
  roleParticipant: 'deltagare',
  participantOnly:
    'Den här webbläsaren har bara deltagarnas länk till "{title}". Att spara vikter kräver samtalsledarens länk.',
  organisation: 'Organisation',
  noOrganisations: '"{title}" har inga organisationer ännu. Lägg till dem i verkstaden först.',
  loading: 'Hämtar verkstaden…',
  replaces: 'Ersätter viktningen som sparades {savedAt} (version {version}).',
  save: 'Spara vikterna',
  saving: 'Sparar…',
  saved: 'Sparat för {organisation} i "{title}" (databygge {build}).',
  openWeightings: 'Öppna verkstadens viktningar',
  stale:
    'Någon har sparat en annan viktning för {organisation} sedan den lästes här. Dina vikter är inte sparade.',
  reload: 'Hämta den sparade viktningen',
  reloaded:
    'Kartan visar nu den sparade viktningen för {organisation} (version {version}). Ändra och spara igen för att ersätta den.',
  error: 'Kunde inte spara: {message}',
} as const;

type SaveWeightsTextKey = keyof typeof sv;

const en: Record<SaveWeightsTextKey, string> = {
  heading: 'Save the weights in a workshop',
  help: "Save the weights above as one organisation's weighting in a workshop. The server computes the ranks with data build {build} and stores them as they are now.",
  noHeld:
    "This browser holds no workshop link yet. Open the workshop once with the facilitator's link to save weights here.",
  workshop: 'Workshop',
  roleFacilitator: 'facilitator',
  roleParticipant: 'participant',
  participantOnly:
    'This browser holds only the participants\' link to "{title}". Saving weights needs the facilitator\'s link.',
  organisation: 'Organisation',
  noOrganisations: '"{title}" has no organisations yet. Add them in the workshop first.',
  loading: 'Loading the workshop…',
  replaces: 'Replaces the weighting saved {savedAt} (version {version}).',
  save: 'Save the weights',
  saving: 'Saving…',
  saved: 'Saved for {organisation} in "{title}" (data build {build}).',
  openWeightings: "Open the workshop's weightings",
  stale:
    'Someone saved another weighting for {organisation} since it was read here. Your weights are not saved.',
  reload: 'Load the stored weighting',
  reloaded:
    'The map now shows the stored weighting of {organisation} (version {version}). Change it and save again to replace it.',
  error: 'Could not save: {message}',
};

export type SaveWeightsText = Translator<SaveWeightsTextKey>;
export const saveWeightsText = (lang: Lang): SaveWeightsText =>
  createTranslator<SaveWeightsTextKey>({ sv, en }, lang);
