// `COPY … FROM STDIN` with plain `pg`, for the benchmark's baseline (pg-copy-streams is not a dependency).
// A custom Submittable, the extension point pg offers for such protocols (pg-cursor and pg-copy-streams use the
// same one): send the statement, stream the data when the server asks for it, finish on ReadyForQuery.
import type pg from 'pg';

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

class CopyFromStdin implements pg.Submittable {
  private rowCount = 0;
  readonly done: Promise<number>;
  private settle!: { resolve: (n: number) => void; reject: (err: Error) => void };

  constructor(
    private readonly text: string,
    private readonly chunks: readonly Buffer[],
  ) {
    this.done = new Promise<number>((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: pg.Connection): void {
    (connection as unknown as CopyConnection).query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }

  handleCommandComplete(msg: { text?: string }): void {
    this.rowCount = Number(/COPY (\d+)/.exec(msg.text ?? '')?.[1] ?? 0);
  }

  // Settled once: an error (from the server, or the client failing queued queries) wins over the ReadyForQuery
  // that may follow it.
  handleError(err: Error): void {
    this.settle.reject(err);
  }

  handleReadyForQuery(): void {
    this.settle.resolve(this.rowCount);
  }

  // Not expected during COPY FROM; present because pg calls them on whatever query is active.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs `COPY table (…) FROM STDIN` with `data` (in the statement's format); resolves with the rows copied. */
export function copyFromStdin(
  client: pg.Client,
  statement: string,
  data: string,
  chunkBytes = 256 * 1024,
): Promise<number> {
  const bytes = Buffer.from(data, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) chunks.push(bytes.subarray(at, at + chunkBytes));
  const copy = new CopyFromStdin(statement, chunks);
  void client.query(copy);
  return copy.done;
}

/** A value for COPY's text format: NULL as \N, backslash, tab and line breaks escaped. */
export function copyText(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** A PostgreSQL array literal of text values (for COPY's text format, before copyText). */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
