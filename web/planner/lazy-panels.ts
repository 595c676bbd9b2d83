import { lazy } from 'react';

// The side panel is not needed for the first coloured map: its code loads when it is first shown.
export const RankingTable = lazy(async () => ({ default: (await import('./RankingTable')).RankingTable }));
export const SummaryPanel = lazy(async () => ({ default: (await import('./SummaryPanel')).SummaryPanel }));
// The picker over 2,000 indicators is not needed for the first map either.
export const IndicatorPicker = lazy(async () => ({
  default: (await import('./IndicatorPicker')).IndicatorPicker,
}));
// Index mode's controls and panel (with their map projection and charts) load when the mode is first opened.
export const IndexControls = lazy(async () => ({
  default: (await import('../attractiveness/IndexControls')).IndexControls,
}));
export const IndexLegend = lazy(async () => ({
  default: (await import('../attractiveness/IndexLegend')).IndexLegend,
}));
export const IndexPanel = lazy(async () => ({
  default: (await import('../attractiveness/IndexPanel')).IndexPanel,
}));
export const SaveWeightsForm = lazy(async () => ({
  default: (await import('../attractiveness/SaveWeightsForm')).SaveWeightsForm,
}));
// "Add to workshop" reads the browser's held workshops through zod: it loads once the first map is drawn.
export const AddToWorkshop = lazy(async () => ({
  default: (await import('../lib/AddToWorkshop')).AddToWorkshop,
}));
