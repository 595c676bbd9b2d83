import { lazy } from 'react';

// Each page other than the planner lands in its own chunk, so the first map never pays for them.
export const LocalityPage = lazy(async () => ({
  default: (await import('../locality/LocalityPage')).LocalityPage,
}));
export const WorkshopPage = lazy(async () => ({
  default: (await import('../workshop/WorkshopPage')).WorkshopPage,
}));
export const ImportPage = lazy(async () => ({ default: (await import('../imports/ImportPage')).ImportPage }));
