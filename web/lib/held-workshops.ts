import { useEffect, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { WorkshopId } from '../../data/contract';

/**
 * The workshops this browser holds a link to (localStorage), so the locality page and the planner can offer
 * "add to workshop". Kept when a workshop page is opened with its facilitator (`#edit=`) or participant (`#join=`)
 * link; the secret stays in the fragment of the stored link and is only ever sent as a header by the workshop page.
 */
export const HeldWorkshop = z.object({
  id: WorkshopId,
  title: z.string().min(1).max(200),
  role: z.enum(['facilitator', 'participant']),
  secret: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/),
});
export type HeldWorkshop = z.infer<typeof HeldWorkshop>;

const KEY = 'atlas:held-workshops';
const CHANGED = 'atlas:held-workshops-changed';

function read(): HeldWorkshop[] {
  try {
    const parsed = z.array(HeldWorkshop).safeParse(JSON.parse(window.localStorage.getItem(KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function write(list: HeldWorkshop[]): void {
  window.localStorage.setItem(KEY, JSON.stringify(list));
  snapshot = null;
  window.dispatchEvent(new Event(CHANGED));
}

/** Remembers (or renames) a held workshop; a facilitator link is never replaced by a participant link. */
export function holdWorkshop(held: HeldWorkshop): void {
  const list = read();
  const existing = list.find((item) => item.id === held.id);
  if (existing && existing.title === held.title && existing.secret === held.secret) return;
  if (existing?.role === 'facilitator' && held.role === 'participant') return;
  write([...list.filter((item) => item.id !== held.id), held]);
}

export function forgetWorkshop(id: string): void {
  write(read().filter((item) => item.id !== id));
}

// useSyncExternalStore needs the same array until the list changes.
let snapshot: HeldWorkshop[] | null = null;
const getSnapshot = () => (snapshot ??= read());

function subscribe(listener: () => void): () => void {
  const onChange = () => {
    snapshot = null;
    listener();
  };
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

const EMPTY: HeldWorkshop[] = [];

export function useHeldWorkshops(): HeldWorkshop[] {
  return useSyncExternalStore(subscribe, getSnapshot, () => EMPTY);
}

/** Keeps the workshop in this browser's list once its page has loaded with a secret link. */
export function useHoldWorkshop(held: HeldWorkshop | null): void {
  const key = held ? JSON.stringify(held) : '';
  useEffect(() => {
    if (key) holdWorkshop(HeldWorkshop.parse(JSON.parse(key)));
  }, [key]);
}
