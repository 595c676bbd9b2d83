import { lazy } from 'react';

// Each page lands in its own chunk: the first map never pays for the others, and a locality page never loads the
// planner or MapLibre before its first screen. main.tsx starts the planner's chunk at once on the planner route.
export const loadPlannerPage = () => import('../planner/PlannerPage');
export const PlannerPage = lazy(async () => ({ default: (await loadPlannerPage()).PlannerPage }));
export const LocalityPage = lazy(async () => ({
  default: (await import('../locality/LocalityPage')).LocalityPage,
}));
export const WorkshopPage = lazy(async () => ({
  default: (await import('../workshop/WorkshopPage')).WorkshopPage,
}));
export const ImportPage = lazy(async () => ({ default: (await import('../imports/ImportPage')).ImportPage }));
