/** Where in an input file something went wrong: 1-based line and column, as an editor shows them. */
export interface FileLocation {
  file: string;
  line?: number;
  column?: number;
}

/** A bad input: the message always names the file and, where known, the line and column. */
export class IngestError extends Error {
  readonly location: FileLocation;

  constructor(location: FileLocation, problem: string) {
    super(`${formatLocation(location)}: ${problem}`);
    this.name = 'IngestError';
    this.location = location;
  }
}

export function formatLocation({ file, line, column }: FileLocation): string {
  if (line === undefined) return file;
  if (column === undefined) return `${file}:${line}`;
  return `${file}:${line}:${column}`;
}
