/** The element a server-rendered locality page's answers travel in (web/locality/ssr); main.tsx looks for it. */
export const FIRST_SCREEN_DATA_ID = 'atlas-first-screen';
