// Citations are put into words in data/ so the dashboard and the server-written report (DOCX) say them alike.
export * from '../../data/format/source-label';
