import { useI18n } from './i18n/use-i18n';
import { navigate, useLocation } from './router/location-store';

/** Title and language switch; the language is a URL parameter, so switching keeps every other choice. */
export function AppHeader() {
  const { lang, t } = useI18n();
  const { pathname, search } = useLocation();
  const switchLanguage = () => {
    const params = new URLSearchParams(search);
    if (lang === 'sv') params.set('lang', 'en');
    else params.delete('lang');
    const query = params.toString().replaceAll('%2C', ',');
    navigate(`${pathname}${query ? `?${query}` : ''}`, { replace: true });
  };
  const home = lang === 'en' ? '/?lang=en' : '/';
  const importPage = lang === 'en' ? '/import?lang=en' : '/import';
  return (
    <header className="app-header">
      <a
        className="app-header__brand"
        href={home}
        onClick={(event) => {
          event.preventDefault();
          navigate(home);
        }}
      >
        <span className="app-header__title">{t('appTitle')}</span>
        <span className="app-header__tagline">{t('appTagline')}</span>
      </a>
      <a
        className="button button--ghost"
        style={{ marginLeft: 'auto', textDecoration: 'none' }}
        href={importPage}
        aria-current={pathname === '/import' ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault();
          navigate(importPage);
        }}
      >
        {t('navImport')}
      </a>
      <button
        type="button"
        className="button button--ghost"
        lang={lang === 'sv' ? 'en' : 'sv'}
        aria-label={t('switchLanguageLabel')}
        onClick={switchLanguage}
        data-testid="language-switch"
      >
        {t('switchLanguage')}
      </button>
    </header>
  );
}
