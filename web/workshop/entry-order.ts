// The report (PDF here, DOCX on the server) and the board read entries in the same order.
export { prioritised } from '../../data/workshop-report/entry-order';
