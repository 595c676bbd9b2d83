declare global {
  interface Window {
    /** Test builds only: how many times the planner page has rendered (a drag frame must not render it). */
    __plannerRenders?: number;
  }
}

/** Counts a render of the planner page in a test build; a production bundle keeps nothing of it. */
export function countPlannerRender(): void {
  if (import.meta.env.MODE === 'test') window.__plannerRenders = (window.__plannerRenders ?? 0) + 1;
}
