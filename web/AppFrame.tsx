import { Suspense, type ReactNode } from 'react';
import { AppHeader } from './AppHeader';
import { useI18n } from './i18n/use-i18n';
import type { Route } from './router/routes';

/**
 * What every page sits in: the skip link, the header and the page's Suspense boundary. Shared by the browser's
 * App and the locality page's server render (web/locality/ssr), so hydration finds the markup it renders.
 */
export function AppFrame({ route, children }: { route: Route['name']; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`app app--${route}`}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppHeader />
      <Suspense fallback={<p className="page-message">{t('loading')}</p>}>{children}</Suspense>
    </div>
  );
}
