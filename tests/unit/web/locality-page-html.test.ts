import { describe, expect, it } from 'vitest';
import { pageHtml } from '../../../web/locality/ssr/page-html';

const TEMPLATE = `<!doctype html>
<html lang="sv">
  <head><title>Kompetensatlas</title><link rel="stylesheet" href="/assets/index-a.css"></head>
  <body>
    <div id="root"></div>
    <script type="module" src="/assets/index-a.js"></script>
  </body>
</html>`;

describe('the server-rendered page around the markup', () => {
  it('sets the language, links the stylesheets, and puts the mark right after the markup, then the data', () => {
    const html = pageHtml(TEMPLATE, {
      lang: 'en',
      markup: '<main>Gnosjö</main>',
      stylesheets: ['/assets/LocalityPage-b.css'],
      markFor: '0617',
      data: { code: '0617' },
    });
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<link rel="stylesheet" href="/assets/LocalityPage-b.css"></head>');
    expect(html).toContain(
      '<div id="root"><main>Gnosjö</main></div><script src="/first-screen-mark.js" data-code="0617"></script>' +
        '<script type="application/json" id="atlas-first-screen">{"code":"0617"}</script>',
    );
    // The app's own module script stays where the build put it.
    expect(html).toContain('<script type="module" src="/assets/index-a.js"></script>');
  });

  it('keeps data text from closing its element or acting as a replacement pattern', () => {
    const html = pageHtml(TEMPLATE, {
      lang: 'sv',
      markup: "<p>$& $' $1</p>",
      stylesheets: [],
      markFor: null,
      data: { label: '</script><script>alert(1)</script> $&' },
    });
    expect(html).toContain('<div id="root"><p>$& $\' $1</p></div>');
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script> $&');
    expect(html).not.toContain('first-screen-mark.js');
  });

  it('refuses a template without an empty #root', () => {
    expect(() =>
      pageHtml('<html lang="sv"><body></body></html>', {
        lang: 'sv',
        markup: '',
        stylesheets: [],
        markFor: null,
        data: null,
      }),
    ).toThrow(/#root|root/);
  });
});
