/**
 * What the API and the locality page's server render (web/locality/ssr/ssr-entry.tsx, loaded by path as a built
 * artefact) say to each other: the API may not import the dashboard's sources, so both sides take this shape.
 */
export interface LocalityRenderRequest {
  pathname: string;
  /** The query string with its `?`, or ''. */
  search: string;
  /** The built index.html (its script and stylesheet tags). */
  template: string;
  /** The API answering in process: a path with its query. */
  fetchApi: (path: string) => Promise<Response>;
}

export interface LocalityRenderResult {
  status: 200 | 404;
  html: string;
}

export interface LocalityRenderer {
  renderLocalityPage(request: LocalityRenderRequest): Promise<LocalityRenderResult | null>;
}
