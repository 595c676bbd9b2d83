import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { parseState } from './planner/url-state';
import { DEFAULT_INDICATOR } from './planner/choropleth-model';
import { catalogueQuery } from './data/catalogue-queries';
import { valuesQuery } from './data/values-queries';
import { loadPlannerPage } from './router/pages';
import './styles/base.css';
import './styles/planner.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

// The first coloured map needs the catalogue, one indicator's values, the planner's chunk (with MapLibre) and
// MapLibre's worker: start all four now, not after React's first commit. Other routes load none of them here.
if (window.location.pathname === '/') {
  const initial = parseState(window.location.search);
  void queryClient.prefetchQuery(catalogueQuery);
  void queryClient.prefetchQuery(valuesQuery(initial.indicator ?? DEFAULT_INDICATOR, initial.year));
  void loadPlannerPage();
  void import('./map/worker').then(({ warmUpMapLibre }) => warmUpMapLibre());
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const reactRoot = createRoot(root);
// The first render at once, not in a scheduler task after whatever the browser queued meanwhile: the map is
// created in its commit, so MapLibre's style, worker and geometry request start now (the bare MapLibre page
// creates its map as its script runs).
flushSync(() =>
  reactRoot.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
