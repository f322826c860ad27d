// COPY with plain `pg` (pg-copy-streams is not a dependency): custom Submittables, the extension point pg offers
// for such protocols (pg-cursor and pg-copy-streams use the same one). COPY … FROM STDIN sends the statement, then
// streams the data when the server asks for it; COPY … TO STDOUT hands each CopyData chunk to a sink, pausing the
// socket while the sink is full. Both settle once, on ReadyForQuery or on the first error.
import type pg from 'pg';

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: { pause(): void; resume(): void };
}

abstract class CopySubmittable implements pg.Submittable {
  protected rowCount = 0;
  private failed: Error | null = null;
  readonly done: Promise<number>;
  private settle!: { resolve: (n: number) => void; reject: (err: Error) => void };

  constructor(private readonly text: string) {
    this.done = new Promise<number>((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: pg.Connection): void {
    (connection as unknown as CopyConnection).query(this.text);
  }

  handleCommandComplete(msg: { text?: string }): void {
    this.rowCount = Number(/COPY (\d+)/.exec(msg.text ?? '')?.[1] ?? 0);
  }

  // An error (from the server, or the client failing queued queries) wins over the ReadyForQuery that may follow.
  handleError(err: Error): void {
    this.failed ??= err;
    this.settle.reject(err);
  }

  handleReadyForQuery(): void {
    if (this.failed) this.settle.reject(this.failed);
    else this.settle.resolve(this.rowCount);
  }

  // Not expected during COPY; present because pg calls them on whatever query is active.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(_connection: CopyConnection): void {}
  handleCopyData(_msg: { chunk: Buffer }, _connection: CopyConnection): void {}
}

class CopyFromStdin extends CopySubmittable {
  constructor(
    text: string,
    private readonly chunks: Iterable<Buffer> | AsyncIterable<Buffer>,
  ) {
    super(text);
  }

  override handleCopyInResponse(connection: CopyConnection): void {
    void (async () => {
      try {
        for await (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
        connection.endCopyFrom();
      } catch (err) {
        // The server aborts the COPY and answers with an error, which settles `done`.
        connection.sendCopyFail(String((err as Error)?.message ?? err));
      }
    })();
  }
}

/** Where COPY TO STDOUT's data goes: `write` returns false when the sink is full and calls `onDrain` later. */
export interface CopySink {
  write(chunk: Buffer): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

class CopyToStdout extends CopySubmittable {
  constructor(
    text: string,
    private readonly sink: CopySink,
  ) {
    super(text);
  }

  override handleCopyData(msg: { chunk: Buffer }, connection: CopyConnection): void {
    // A copy: the chunk is a view of pg's read buffer, which later socket data overwrites while the sink holds it.
    if (!this.sink.write(Buffer.from(msg.chunk))) {
      connection.stream.pause();
      this.sink.once('drain', () => connection.stream.resume());
    }
  }
}

/** Runs `COPY table (…) FROM STDIN` with `data` (in the statement's format); resolves with the rows copied. */
export function copyFromStdin(
  client: pg.Client,
  statement: string,
  data: string | Iterable<Buffer> | AsyncIterable<Buffer>,
  chunkBytes = 256 * 1024,
): Promise<number> {
  let chunks: Iterable<Buffer> | AsyncIterable<Buffer>;
  if (typeof data === 'string') {
    const bytes = Buffer.from(data, 'utf8');
    const list: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += chunkBytes) list.push(bytes.subarray(at, at + chunkBytes));
    chunks = list;
  } else {
    chunks = data;
  }
  const copy = new CopyFromStdin(statement, chunks);
  void client.query(copy);
  return copy.done;
}

/** Runs `COPY … TO STDOUT`, writing the data to `sink`; resolves with the rows copied. */
export function copyToStdout(client: pg.Client, statement: string, sink: CopySink): Promise<number> {
  const copy = new CopyToStdout(statement, sink);
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
