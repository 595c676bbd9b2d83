import { VOTABLE_KINDS, type Entry, type EntryKind } from '../contract';

/**
 * Entries of one kind in the order a group reads them: obstacles and solutions by votes (most first, ties in the
 * order written), other kinds in the order they were written.
 * @example prioritised(entries, 'obstacle').map((e) => e.votes) // [3, 1, 0]
 */
export function prioritised(entries: readonly Entry[], kind: EntryKind): Entry[] {
  const ofKind = entries.filter((entry) => entry.kind === kind);
  return VOTABLE_KINDS.includes(kind) ? [...ofKind].sort((a, b) => b.votes - a.votes) : ofKind;
}
