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
  it('sets the language, writes the stylesheets inline, and puts the mark right after the markup, then the data', () => {
    const html = pageHtml(TEMPLATE, {
      lang: 'en',
      markup: '<main>Gnosjö</main>',
      stylesheets: [
        { href: '/assets/index-a.css', css: 'body{margin:0}' },
        { href: '/assets/LocalityPage-b.css', css: '.locality{display:grid}</style><p>' },
      ],
      markFor: '0617',
      data: { code: '0617' },
    });
    expect(html).toContain('<html lang="en"');
    // The entry's link becomes its text; the locality page's is added; no text closes its element.
    expect(html).not.toContain('<link rel="stylesheet"');
    expect(html).toContain(
      '<title>Kompetensatlas</title><style data-href="/assets/index-a.css">body{margin:0}</style>',
    );
    expect(html).toContain(
      '<style data-href="/assets/LocalityPage-b.css">.locality{display:grid}<\\/style><p></style></head>',
    );
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
