/* global performance, document */
// Runs right after the server-rendered first screen of a locality page (web/locality/ssr): it is on the page,
// complete, so the same mark as web/locality/use-first-screen-mark.ts is set here, before any app script runs.
performance.mark('atlas:first-screen-complete', { detail: document.currentScript.dataset.code });
