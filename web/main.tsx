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
void first.then(async (answers) => (await import('./mount-app')).mountApp(root, answers));
