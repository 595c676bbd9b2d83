/** The end of a workshop's life; part of WorkshopStore. */
export interface WorkshopLifeStore {
  /**
   * Removes the workshop and every row that belongs to it (organisations, cycles, entries, links, votes,
   * comments, participants, records, events, ...), deleted or not, in one transaction; false when unknown.
   */
  eraseWorkshop(id: string): Promise<boolean>;
}
