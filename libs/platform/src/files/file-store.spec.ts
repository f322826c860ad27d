// Both file stores: on disk under DATA_DIR, and an S3-compatible store — here an in-process HTTP server that
// checks each request's SigV4 signature and body hash the way S3 does, and keeps objects in memory.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalFileStore, S3FileStore, fileLinkValid, signFileLink, type FileStore } from './file-store.js';
import { sha256Hex, signV4 } from './s3-signer.js';

const creds = { accessKeyId: 'test-key', secretAccessKey: 'test-secret', region: 'cn-east-1' };
const objects = new Map<string, Buffer>();
const seen: string[] = [];
let server: Server;
let endpoint = '';

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const data = await body(req);
    const auth = String(req.headers.authorization ?? '');
    const signed = /SignedHeaders=([^,]+)/.exec(auth)?.[1]?.split(';') ?? [];
    const headers = Object.fromEntries(signed.map((h) => [h, String(req.headers[h] ?? '')]));
    const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
    const signedUrl = new URL(req.url!, 'http://s3');
    const query = Object.fromEntries(signedUrl.searchParams);
    const expected = signV4(
      {
        method: req.method!,
        path: signedUrl.pathname,
        query,
        headers,
        payloadHash,
        amzDate: String(req.headers['x-amz-date']),
      },
      creds,
    );
    seen.push(`${req.method} ${req.url}`);
    if (auth !== expected || sha256Hex(data) !== payloadHash || !signed.includes('host')) {
      res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    const url = new URL(req.url!, 'http://s3');
    const copySource = req.headers['x-amz-copy-source'];
    if (req.method === 'PUT' && typeof copySource === 'string') {
      const from = objects.get(copySource);
      if (!from) return void res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
      objects.set(req.url!, from);
      res.writeHead(200).end('<CopyObjectResult><ETag>"x"</ETag></CopyObjectResult>');
    } else if (req.method === 'PUT') {
      if (Number(req.headers['content-length']) !== data.length)
        return void res.writeHead(411).end('<Error><Code>MissingContentLength</Code></Error>');
      objects.set(req.url!, data);
      res.writeHead(200).end();
    } else if (req.method === 'DELETE') {
      objects.delete(req.url!);
      res.writeHead(204).end();
    } else if (url.searchParams.get('list-type') === '2') {
      // Two keys per page, so paging is exercised.
      const prefix = `${url.pathname}${url.searchParams.get('prefix') ?? ''}`;
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix)).sort();
      const start = Number(url.searchParams.get('continuation-token') ?? 0);
      const page = keys.slice(start, start + 2);
      const more = start + 2 < keys.length;
      const contents = page
        .map(
          (k) =>
            `<Contents><Key>${k.slice(url.pathname.length)}</Key><LastModified>2026-11-23T02:00:00.000Z</LastModified></Contents>`,
        )
        .join('');
      res
        .writeHead(200)
        .end(
          `<ListBucketResult>${contents}<IsTruncated>${more}</IsTruncated>${more ? `<NextContinuationToken>${start + 2}</NextContinuationToken>` : ''}</ListBucketResult>`,
        );
    } else if (objects.has(req.url!))
      res.writeHead(200, { 'content-length': objects.get(req.url!)!.length }).end(objects.get(req.url!));
    else res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function roundTrip(store: FileStore) {
  const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  await store.put('photos/team-1/a1.jpg', photo);
  expect(Buffer.compare((await store.get('photos/team-1/a1.jpg'))!, photo)).toBe(0);
  expect(await store.get('photos/team-1/none.jpg')).toBeNull();
  await expect(store.put('../escape.jpg', photo)).rejects.toThrow(/invalid file key/);

  // A large file moves in from disk and out as a stream, and can be removed.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'es-put-'));
  try {
    const local = path.join(dir, 'export.xlsx');
    const content = '专家库'.repeat(100_000);
    writeFileSync(local, content);
    await store.putFile('exports/e1.xlsx', local);
    expect(existsSync(local)).toBe(false);
    const read = (await store.openRead('exports/e1.xlsx'))!;
    expect(read.size).toBe(Buffer.byteLength(content));
    expect(await text(read.stream)).toBe(content);
    expect(await store.openRead('exports/none.xlsx')).toBeNull();
    await store.delete('exports/e1.xlsx');
    await store.delete('exports/e1.xlsx');
    expect(await store.openRead('exports/e1.xlsx')).toBeNull();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Staged uploads are moved into place, listed by prefix and deleted.
  await store.put('tmp/photos/team-1/a2.jpg', photo);
  await store.put('photos/team-1/a3.png', photo);
  expect(await store.move('tmp/photos/team-1/a2.jpg', 'photos/team-1/a2.jpg')).toBe(true);
  expect(await store.move('tmp/photos/team-1/a2.jpg', 'photos/team-1/a2.jpg')).toBe(false);
  expect(await store.get('tmp/photos/team-1/a2.jpg')).toBeNull();
  expect(Buffer.compare((await store.get('photos/team-1/a2.jpg'))!, photo)).toBe(0);
  const listed: string[] = [];
  for await (const f of store.list('photos/')) {
    expect(f.modifiedAt.getTime()).toBeGreaterThan(0);
    listed.push(f.key);
  }
  expect(listed.sort()).toEqual(['photos/team-1/a1.jpg', 'photos/team-1/a2.jpg', 'photos/team-1/a3.png']);
  await store.delete('photos/team-1/a3.png');
  await store.delete('photos/team-1/a3.png');
  expect(await store.get('photos/team-1/a3.png')).toBeNull();
}

describe('file stores', () => {
  it('keeps files under a directory', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'es-files-'));
    try {
      await roundTrip(new LocalFileStore(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speaks SigV4 to an S3-compatible store, path-style', async () => {
    await roundTrip(new S3FileStore({ endpoint, bucket: 'expert-photos', ...creds }));
    expect(seen).toContain('PUT /expert-photos/photos/team-1/a1.jpg');
    expect(seen).toContain('PUT /expert-photos/exports/e1.xlsx');
    expect(seen).toContain('DELETE /expert-photos/exports/e1.xlsx');
    expect(seen).toContain('DELETE /expert-photos/photos/team-1/a3.png');
    expect([...objects.keys()].sort()).toEqual([
      '/expert-photos/photos/team-1/a1.jpg',
      '/expert-photos/photos/team-1/a2.jpg',
    ]);
  });

  it('fails loudly when the store refuses the signature', async () => {
    const wrong = new S3FileStore({ endpoint, bucket: 'expert-photos', ...creds, secretAccessKey: 'not-it' });
    await expect(wrong.put('photos/x.jpg', Buffer.from('x'))).rejects.toThrow(/403/);
  });

  it('signs links that expire and cannot be altered', () => {
    const sig = signFileLink('secret', 'id-1', 2000);
    expect(fileLinkValid('secret', 'id-1', 2000, sig, 1999)).toBe(true);
    expect(fileLinkValid('secret', 'id-1', 2000, sig, 2001)).toBe(false);
    expect(fileLinkValid('secret', 'id-2', 2000, sig, 1999)).toBe(false);
    expect(fileLinkValid('other', 'id-1', 2000, sig, 1999)).toBe(false);
    expect(fileLinkValid('secret', 'id-1', 3000, sig, 1999)).toBe(false);
  });
});
