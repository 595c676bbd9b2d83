import { useSyncExternalStore } from 'react';
import type { Indicator } from '../../data/contract';
import { createValueStore, type ValueStore } from '../lib/value-store';

/**
 * The indicator chosen whose values are still on their way, kept outside the page's state: the picker and the
 * status line read it, and a choice re-renders only them, not the page (whose render would compete with the
 * values request for the CPU).
 */
export type PendingChoice = ValueStore<Indicator>;

export const createPendingChoice = (): PendingChoice => createValueStore<Indicator>();

export const usePendingChoice = (store: PendingChoice): Indicator | null =>
  useSyncExternalStore(store.subscribe, store.get);
