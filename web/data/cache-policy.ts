/** Build artefacts never change while the page is open (a new build reloads the page): fetch once, keep forever. */
export const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;
/** Answers that depend on what the user picks (profiles, catchments): fresh for the session, dropped after 30 min. */
export const STATIC = { staleTime: Infinity, gcTime: 30 * 60_000 } as const;
