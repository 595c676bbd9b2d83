import { lazy, type ComponentType } from 'react';

/**
 * Pages other helpers build, loaded only when their route is visited (and only if the file exists yet:
 * `import.meta.glob` matches nothing instead of failing the build). Each lands in its own chunk, so the planner
 * never pays for them.
 */
const localityModules = import.meta.glob<{ LocalityPage: ComponentType<{ code: string }> }>(
  '../locality/LocalityPage.tsx',
);
const workshopModules = import.meta.glob<{ WorkshopPage: ComponentType<{ path: string }> }>(
  '../workshop/WorkshopPage.tsx',
);

const importModules = import.meta.glob<{ ImportPage: ComponentType }>('../imports/ImportPage.tsx');

const localityLoader = Object.values(localityModules)[0];
const workshopLoader = Object.values(workshopModules)[0];

export const LocalityPage = localityLoader
  ? lazy(async () => ({ default: (await localityLoader()).LocalityPage }))
  : null;

// WORKSHOP route: web/workshop/WorkshopPage.tsx exporting WorkshopPage({ path }) renders /workshop/...
export const WorkshopPage = workshopLoader
  ? lazy(async () => ({ default: (await workshopLoader()).WorkshopPage }))
  : null;

// IMPORT route: web/imports/ImportPage.tsx renders /import (users' CSV imports).
const importLoader = Object.values(importModules)[0];
export const ImportPage = importLoader
  ? lazy(async () => ({ default: (await importLoader()).ImportPage }))
  : null;
