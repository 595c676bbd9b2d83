import { FIRST_SCREEN_DATA_ID } from './locality/ssr/first-screen-data-id';
import { matchRoute } from './router/routes';
import './styles/base.css';
import './styles/planner.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The planner's first coloured map is drawn before React loads (web/first-map): MapLibre and React together are
// more script than the first map may wait for (issue 17). React follows once the map is drawn and takes it over.
// Every other page loads React at once, and neither MapLibre nor the first-map code.
const first =
  matchRoute(window.location.pathname).name === 'planner'
    ? import('./first-map/start-first-map').then(({ drawFirstMap }) => drawFirstMap(root)).catch(() => null) // React's planner then draws the map itself
    : Promise.resolve(null);
// A locality page the server rendered (web/locality/ssr) carries the answers its markup was made from: hydrate it.
const served = document.getElementById(FIRST_SCREEN_DATA_ID)?.textContent;
if (served) {
  void import('./locality/ssr/hydrate-locality').then(({ hydrateLocality }) =>
    hydrateLocality(root, JSON.parse(served)),
  );
} else {
  void first.then(async (answers) => (await import('./mount-app')).mountApp(root, answers));
}
