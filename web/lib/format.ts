// Numbers are formatted in data/ so the dashboard and the server-written report (DOCX) say them the same way.
export * from '../../data/format/format-value';
