import type { Legend } from './legend';
import { createValueStore, type ValueStore } from './value-store';

/** One colouring of the map handed over ahead of the page's render: a frame of a moving slider. */
export interface LiveColouringFrame {
  key: string;
  fills: ReadonlyMap<string, string>;
  legend: Legend;
}

/**
 * The colouring a moving slider shows before the URL (and with it the page) hears of it. The map and the legend
 * subscribe to it, so a frame re-renders those two and nothing else; `null` hands the colouring back to the page.
 */
export type LiveColouring = ValueStore<LiveColouringFrame>;

export const createLiveColouring = (): LiveColouring => createValueStore<LiveColouringFrame>();
