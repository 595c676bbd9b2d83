interface DocumentLike {
  info: { title: string; description?: string };
  paths?: object;
}

interface OperationLike {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** A human-readable page rendered on the server from the OpenAPI document, so it needs no script or CDN. */
export function renderDocsPage(document: DocumentLike): string {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item?.[method]).map((method) => ({
      path: `/api${path}`,
      method,
      operation: item![method] as OperationLike,
    })),
  );
  const sections = operations.map(({ path, method, operation }) => {
    const params = (operation.parameters ?? [])
      .map(
        (p) =>
          `<li><code>${escapeHtml(p.name)}</code> (${p.in}${p.required ? ', required' : ''})${
            p.description ? `: ${escapeHtml(p.description)}` : ''
          }</li>`,
      )
      .join('');
    return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2>
<p>${escapeHtml(operation.summary ?? '')}</p>${operation.description ? `<p>${escapeHtml(operation.description)}</p>` : ''}
${params ? `<ul>${params}</ul>` : ''}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(document.info.title)}</title>
<link rel="icon" href="data:,">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
h2{font-size:1.05rem;margin-top:2rem}code{background:#f2f2f2;padding:0 .25rem}</style></head>
<body><h1>${escapeHtml(document.info.title)}</h1><p>${escapeHtml(document.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are
<code>{"error":{"code","message","field"}}</code>.</p>
${sections.join('\n')}
</body></html>`;
}
