import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { FirstAnswers } from './data/first-map-answers';
import { seedFirstAnswers } from './data/seed-first-answers';

/** The app's cache: one per page load (also the hydrated locality page's, web/locality/ssr). */
export const newQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

/**
 * React's half of the page: on the planner it loads once the first map is drawn (web/first-map), takes that map
 * over and starts from the answers it was drawn with; on every other page it loads at once.
 */
export function mountApp(root: HTMLElement, first: FirstAnswers | null): void {
  const queryClient = newQueryClient();
  if (first) seedFirstAnswers(queryClient, first);
  const reactRoot = createRoot(root);
  // At once, not in a scheduler task: the commit that replaces the first map's empty layout takes the map into
  // React's tree, and with the answers in the cache that first render already has the legend, title and table.
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}
