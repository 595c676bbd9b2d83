import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from '../../App';
import { newQueryClient } from '../../mount-app';
import { seedFirstScreenAnswers, type FirstScreenAnswers } from './first-screen-answers';

/**
 * Takes over a locality page the server rendered (web/locality/ssr/ssr-entry.tsx): the cache starts from the
 * answers the markup was rendered from, so React's first render is the server's and hydration keeps its DOM.
 */
export function hydrateLocality(root: HTMLElement, answers: FirstScreenAnswers): void {
  const queryClient = newQueryClient();
  seedFirstScreenAnswers(queryClient, answers);
  hydrateRoot(
    root,
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
