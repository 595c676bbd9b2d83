import { useEffect, useState } from 'react';

/**
 * `value` once it has stood (by `id`) for `ms`, else null: what is worth saying only when it lasts. A value whose id
 * stays the same keeps its clock when the object changes.
 */
export function useSettledFor<T extends { id: string }>(value: T | null, ms: number): T | null {
  const id = value?.id ?? null;
  const [settledId, setSettledId] = useState<string | null>(null);
  useEffect(() => {
    // Forgotten once it goes, so the same value coming back waits its time again.
    if (id === null) return setSettledId(null);
    const timer = setTimeout(() => setSettledId(id), ms);
    return () => clearTimeout(timer);
  }, [id, ms]);
  return value !== null && settledId === value.id ? value : null;
}
