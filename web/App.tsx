import { useEffect } from 'react';
import { useI18n } from './i18n/use-i18n';
import { AppFrame } from './AppFrame';
import { PlannerPage } from './planner/PlannerPage';
import { ImportPage, LocalityPage, WorkshopPage } from './router/pages';
import { navigate, useLocation } from './router/location-store';
import { matchRoute } from './router/routes';

export function App() {
  const { pathname } = useLocation();
  const { lang, t } = useI18n();
  const route = matchRoute(pathname);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  let page;
  switch (route.name) {
    case 'planner':
      page = <PlannerPage />;
      break;
    case 'locality':
      page = <LocalityPage code={route.code} />;
      break;
    case 'workshop':
      page = <WorkshopPage path={route.path} />;
      break;
    case 'import':
      page = <ImportPage />;
      break;
    case 'not-found':
      page = <NotFound text={t('notFound')} />;
      break;
    default: {
      const unknown: never = route;
      throw new Error(`unhandled route ${JSON.stringify(unknown)}`);
    }
  }

  return <AppFrame route={route.name}>{page}</AppFrame>;
}

function NotFound({ text }: { text: string }) {
  const { lang, t } = useI18n();
  const home = lang === 'en' ? '/?lang=en' : '/';
  return (
    <main className="page-message" id="main">
      <p>{text}</p>
      <a
        href={home}
        onClick={(event) => {
          event.preventDefault();
          navigate(home);
        }}
      >
        {t('backToMap')}
      </a>
    </main>
  );
}
