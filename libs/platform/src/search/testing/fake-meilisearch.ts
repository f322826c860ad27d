// A small stand-in for a Meilisearch server, for tests on machines where no real server can be installed.
// It answers the routes the adapter uses the way Meilisearch's documented API does (asynchronous tasks,
// settings, documents, search, multi-search, Meilisearch-style errors) and records every request, so tests
// can check what the adapter sent: settings, batches, filter strings, the absence of personal data.
// Its relevance is deliberately simple (jieba words, configured synonyms, prefix on the last word); it is
// strict where the adapter could be wrong: unknown parameters, non-filterable or non-sortable attributes,
// malformed filter expressions and bad ranking rules are refused with the real error codes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

type Doc = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface FakeMeilisearchOptions {
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Delay before an enqueued task is processed; > 0 catches callers that do not wait for tasks. */
  taskDelayMs?: number;
}

interface FakeTask {
  uid: number;
  batchUid: number | null;
  indexUid: string | null;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  type: string;
  canceledBy: null;
  details: Record<string, unknown>;
  error: MeiliErrorBody | null;
  duration: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

interface MeiliErrorBody {
  message: string;
  code: string;
  type: string;
  link: string;
}

interface IndexSettings {
  searchableAttributes: string[];
  displayedAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  rankingRules: string[];
  synonyms: Record<string, string[]>;
  stopWords: string[];
  localizedAttributes: { attributePatterns: string[]; locales: string[] }[] | null;
  pagination: { maxTotalHits: number };
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, 'alpha' | 'count'> };
  typoTolerance: Record<string, unknown>;
  distinctAttribute: string | null;
  [key: string]: unknown;
}

interface FakeIndex {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  updatedAt: string;
  settings: IndexSettings;
  /** Insertion order is Meilisearch's final tie-break (internal document id). */
  docs: Map<string, { doc: Doc; seq: number }>;
  seq: number;
}

const DEFAULT_RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];
const BUILT_IN_RULES = new Set(DEFAULT_RANKING_RULES);

function defaultSettings(): IndexSettings {
  return {
    searchableAttributes: ['*'],
    displayedAttributes: ['*'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: [...DEFAULT_RANKING_RULES],
    synonyms: {},
    stopWords: [],
    dictionary: [],
    localizedAttributes: null,
    pagination: { maxTotalHits: 1000 },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
    typoTolerance: { enabled: true },
    distinctAttribute: null,
  };
}

const SETTINGS_KEYS = new Set([
  ...Object.keys(defaultSettings()),
  'separatorTokens',
  'nonSeparatorTokens',
  'dictionary',
  'proximityPrecision',
  'searchCutoffMs',
  'facetSearch',
  'prefixSearch',
  'embedders',
]);

const SEARCH_PARAMS = new Set([
  'q',
  'offset',
  'limit',
  'page',
  'hitsPerPage',
  'filter',
  'facets',
  'attributesToRetrieve',
  'attributesToCrop',
  'cropLength',
  'cropMarker',
  'attributesToHighlight',
  'highlightPreTag',
  'highlightPostTag',
  'showMatchesPosition',
  'showRankingScore',
  'showRankingScoreDetails',
  'sort',
  'matchingStrategy',
  'attributesToSearchOn',
  'rankingScoreThreshold',
  'locales',
  'distinct',
]);

export class MeiliHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type = 'invalid_request',
  ) {
    super(message);
  }
  body(): MeiliErrorBody {
    return {
      message: this.message,
      code: this.code,
      type: this.type,
      link: `https://docs.meilisearch.com/errors#${this.code}`,
    };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Filter expressions: the subset of Meilisearch's grammar a client would reasonably emit.
// ---------------------------------------------------------------------------------------------------------

export type FilterNode =
  | { kind: 'and' | 'or'; items: FilterNode[] }
  | { kind: 'not'; item: FilterNode }
  | { kind: 'cmp'; attribute: string; op: '=' | '!=' | '>' | '>=' | '<' | '<='; value: string }
  | { kind: 'in'; attribute: string; values: string[]; negated: boolean }
  | { kind: 'to'; attribute: string; from: string; to: string }
  | { kind: 'exists'; attribute: string; negated: boolean }
  | { kind: 'isNull'; attribute: string; negated: boolean };

type Tok = { t: 'word' | 'str' | 'sym'; v: string; pos: number };

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'IN', 'TO', 'EXISTS', 'IS', 'NULL', 'EMPTY']);

function filterError(message: string): MeiliHttpError {
  return new MeiliHttpError(400, 'invalid_search_filter', message);
}

function lexFilter(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if ('()[],'.includes(c)) {
      out.push({ t: 'sym', v: c, pos: i });
      i++;
      continue;
    }
    if (c === '!' || c === '>' || c === '<' || c === '=') {
      const two = src.slice(i, i + 2);
      if (two === '!=' || two === '>=' || two === '<=') {
        out.push({ t: 'sym', v: two, pos: i });
        i += 2;
      } else if (c === '!') {
        throw filterError(
          `Found unexpected characters at the end of the filter: \`${src.slice(i)}\`. You probably forgot an \`OR\` or an \`AND\` rule.\n${i}:${src.length} ${src}`,
        );
      } else {
        out.push({ t: 'sym', v: c, pos: i });
        i++;
      }
      continue;
    }
    if (c === '"' || c === "'") {
      const start = i;
      let value = '';
      i++;
      let closed = false;
      while (i < src.length) {
        const ch = src[i];
        if (ch === '\\' && i + 1 < src.length) {
          const next = src[i + 1];
          // Meilisearch unescapes only the quote and the backslash; other escapes stay as written.
          value += next === c || next === '\\' ? next : ch + next;
          i += 2;
          continue;
        }
        if (ch === c) {
          closed = true;
          i++;
          break;
        }
        value += ch;
        i++;
      }
      if (!closed)
        throw filterError(
          `Expression \`${src.slice(start)}\` is missing the following closing delimiter: \`${c}\`.\n${start}:${src.length} ${src}`,
        );
      out.push({ t: 'str', v: value, pos: start });
      continue;
    }
    const start = i;
    while (i < src.length && !/[\s()[\],=!<>"']/.test(src[i])) i++;
    out.push({ t: 'word', v: src.slice(start, i), pos: start });
  }
  return out;
}

/** Parses a Meilisearch filter string; throws a 400 `invalid_search_filter` like the server. */
export function parseMeiliFilter(src: string): FilterNode {
  const toks = lexFilter(src);
  let p = 0;
  const peek = () => toks[p];
  const isKw = (tok: Tok | undefined, kw: string) => tok?.t === 'word' && tok.v.toUpperCase() === kw;
  const where = (tok: Tok | undefined) => (tok ? `\`${src.slice(tok.pos)}\`` : 'the end of the filter');
  const expectSym = (v: string) => {
    const tok = toks[p];
    if (tok?.t !== 'sym' || tok.v !== v)
      throw filterError(`Was expecting \`${v}\` at ${where(tok)}.\n${src}`);
    p++;
  };
  const value = (): string => {
    const tok = toks[p];
    if (!tok || tok.t === 'sym' || (tok.t === 'word' && KEYWORDS.has(tok.v.toUpperCase()))) {
      throw filterError(`Was expecting a value but instead got ${where(tok)}.\n${src}`);
    }
    p++;
    return tok.v;
  };
  const attributeName = (): string => {
    const tok = toks[p];
    if (!tok || tok.t === 'sym' || (tok.t === 'word' && KEYWORDS.has(tok.v.toUpperCase()))) {
      throw filterError(
        `Was expecting an operation \`=\`, \`!=\`, \`>=\`, \`>\`, \`<=\`, \`<\`, \`IN\`, \`NOT IN\`, \`TO\`, \`EXISTS\`, \`NOT EXISTS\`, \`IS NULL\`, \`IS NOT NULL\`, \`IS EMPTY\`, \`IS NOT EMPTY\`, \`_geoRadius\`, or \`_geoBoundingBox\` at ${where(tok)}.\n${src}`,
      );
    }
    p++;
    return tok.v;
  };
  const condition = (): FilterNode => {
    const attribute = attributeName();
    const tok = peek();
    if (tok?.t === 'sym' && ['=', '!=', '>', '>=', '<', '<='].includes(tok.v)) {
      p++;
      return { kind: 'cmp', attribute, op: tok.v as '=', value: value() };
    }
    const list = (negated: boolean): FilterNode => {
      expectSym('[');
      const values: string[] = [];
      if (peek()?.t === 'sym' && peek()!.v === ']') {
        p++;
        return { kind: 'in', attribute, values, negated };
      }
      for (;;) {
        values.push(value());
        const sep = peek();
        if (sep?.t === 'sym' && sep.v === ',') {
          p++;
          continue;
        }
        expectSym(']');
        return { kind: 'in', attribute, values, negated };
      }
    };
    if (isKw(tok, 'IN')) {
      p++;
      return list(false);
    }
    if (isKw(tok, 'NOT') && isKw(toks[p + 1], 'IN')) {
      p += 2;
      return list(true);
    }
    if (isKw(tok, 'EXISTS')) {
      p++;
      return { kind: 'exists', attribute, negated: false };
    }
    if (isKw(tok, 'NOT') && isKw(toks[p + 1], 'EXISTS')) {
      p += 2;
      return { kind: 'exists', attribute, negated: true };
    }
    if (isKw(tok, 'IS')) {
      p++;
      const negated = isKw(peek(), 'NOT');
      if (negated) p++;
      if (!isKw(peek(), 'NULL')) throw filterError(`Was expecting \`NULL\` at ${where(peek())}.\n${src}`);
      p++;
      return { kind: 'isNull', attribute, negated };
    }
    if (tok && tok.t !== 'sym' && isKw(toks[p + 1], 'TO')) {
      const from = value();
      p++;
      return { kind: 'to', attribute, from, to: value() };
    }
    throw filterError(
      `Was expecting an operation \`=\`, \`!=\`, \`>=\`, \`>\`, \`<=\`, \`<\`, \`IN\`, \`NOT IN\`, \`TO\`, \`EXISTS\`, \`NOT EXISTS\`, \`IS NULL\`, \`IS NOT NULL\`, \`IS EMPTY\`, \`IS NOT EMPTY\`, \`_geoRadius\`, or \`_geoBoundingBox\` at ${where(tok)}.\n${src}`,
    );
  };
  const primary = (): FilterNode => {
    const tok = peek();
    if (tok?.t === 'sym' && tok.v === '(') {
      p++;
      const inner = orExpr();
      expectSym(')');
      return inner;
    }
    if (isKw(tok, 'NOT')) {
      p++;
      return { kind: 'not', item: primary() };
    }
    return condition();
  };
  const andExpr = (): FilterNode => {
    const items = [primary()];
    while (isKw(peek(), 'AND')) {
      p++;
      items.push(primary());
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  };
  const orExpr = (): FilterNode => {
    const items = [andExpr()];
    while (isKw(peek(), 'OR')) {
      p++;
      items.push(andExpr());
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
  };
  if (toks.length === 0) throw filterError(`Sending an empty filter is forbidden.`);
  const node = orExpr();
  if (p < toks.length) {
    throw filterError(
      `Found unexpected characters at the end of the filter: ${where(toks[p])}. You probably forgot an \`OR\` or an \`AND\` rule.\n${src}`,
    );
  }
  return node;
}

export function filterAttributes(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.flatMap(filterAttributes);
    case 'not':
      return filterAttributes(node.item);
    default:
      return [node.attribute];
  }
}

function scalarValues(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined) : [v];
}

function sameValue(stored: unknown, literal: string): boolean {
  if (typeof stored === 'number') return Number(literal) === stored;
  if (typeof stored === 'boolean') return literal.toLowerCase() === String(stored);
  // Meilisearch compares strings after normalisation (case-insensitive).
  return String(stored).toLowerCase() === literal.toLowerCase();
}

function compareNumber(stored: unknown, literal: string, op: string): boolean {
  const a = typeof stored === 'number' ? stored : Number.NaN;
  const b = Number(literal);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return op === '>' ? a > b : op === '>=' ? a >= b : op === '<' ? a < b : a <= b;
}

export function evaluateFilter(node: FilterNode, doc: Doc): boolean {
  switch (node.kind) {
    case 'and':
      return node.items.every((n) => evaluateFilter(n, doc));
    case 'or':
      return node.items.some((n) => evaluateFilter(n, doc));
    case 'not':
      return !evaluateFilter(node.item, doc);
    case 'cmp': {
      const values = scalarValues(doc[node.attribute]);
      if (node.op === '=') return values.some((v) => sameValue(v, node.value));
      if (node.op === '!=') return !values.some((v) => sameValue(v, node.value));
      return values.some((v) => compareNumber(v, node.value, node.op));
    }
    case 'in': {
      const values = scalarValues(doc[node.attribute]);
      const hit = values.some((v) => node.values.some((l) => sameValue(v, l)));
      return node.negated ? !hit : hit;
    }
    case 'to':
      return scalarValues(doc[node.attribute]).some(
        (v) => compareNumber(v, node.from, '>=') && compareNumber(v, node.to, '<='),
      );
    case 'exists':
      return node.attribute in doc !== node.negated;
    case 'isNull':
      return (doc[node.attribute] === null) !== node.negated;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Text: jieba words, as Meilisearch's Chinese segmenter produces them.
// ---------------------------------------------------------------------------------------------------------

let jieba: Jieba | null = null;
const segmentCache = new Map<string, string[]>();

/**
 * Words as Meilisearch cuts them: the index's `dictionary` words are kept whole wherever they occur (they override
 * the segmenter; the longest at each place), the rest goes to jieba.
 */
function segment(text: string, dictionary: readonly string[] = []): string[] {
  jieba ??= Jieba.withDict(dict);
  const key = `${dictionary.length}\u0000${text}`;
  const cached = segmentCache.get(key);
  if (cached) return cached;
  const out: string[] = [];
  if (dictionary.length === 0) out.push(...jieba.cut(text, false));
  else {
    const lower = text.toLowerCase();
    let plain = 0;
    for (let i = 0; i < text.length;) {
      const word = dictionary.find((w) => w && lower.startsWith(w, i));
      if (!word) {
        i++;
        continue;
      }
      if (plain < i) out.push(...jieba.cut(text.slice(plain, i), false));
      out.push(text.slice(i, i + word.length));
      i += word.length;
      plain = i;
    }
    if (plain < text.length) out.push(...jieba.cut(text.slice(plain), false));
  }
  if (segmentCache.size > 50_000) segmentCache.clear();
  segmentCache.set(key, out);
  return out;
}
const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);
const norm = (token: string) => token.normalize('NFKC').toLowerCase();

interface Alternative {
  words: string[];
  /** The words must follow each other (a synonym of several words, a concatenation); else they may be anywhere. */
  phrase: boolean;
}

interface QueryTerm {
  /** Each way this term may appear: the word(s) as typed first, then synonyms. */
  alternatives: Alternative[];
  prefix: boolean;
}

/** The dictionary as the fake applies it: normalised, longest first. */
function dictionaryOf(settings: IndexSettings): string[] {
  return [...new Set(((settings.dictionary as string[] | undefined) ?? []).map(norm))].sort(
    (a, b) => b.length - a.length,
  );
}

/** Up to this many consecutive query words form an n-gram looked up in the synonyms (and concatenated). */
const MAX_NGRAM = 3;

/**
 * The query's terms. As in Meilisearch, synonym keys are cut into words like any text, so a key of several words
 * (布病 → 布 | 病) matches those words in a row in the query; such an n-gram is one term that a document matches
 * through a synonym, through the words concatenated, or through all its words.
 */
function queryTerms(q: string, settings: IndexSettings): QueryTerm[] {
  const dictionary = dictionaryOf(settings);
  const stop = new Set((settings.stopWords ?? []).map(norm));
  const cut = (text: string) => segment(text, dictionary).filter(isWord).map(norm);
  const words = cut(q).filter((w) => !stop.has(w));
  const synonyms = new Map<string, string[][]>();
  for (const [key, values] of Object.entries(settings.synonyms)) {
    const k = cut(key).join('\u0001');
    if (k) synonyms.set(k, [...(synonyms.get(k) ?? []), ...values.map(cut).filter((v) => v.length > 0)]);
  }
  // Meilisearch treats the last word as a prefix while the person is still typing (no space after it).
  const typing = !/\s$/u.test(q);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < words.length;) {
    let n = Math.min(MAX_NGRAM, words.length - i);
    for (; n > 1; n--) if (synonyms.has(words.slice(i, i + n).join('\u0001'))) break;
    const gram = words.slice(i, i + n);
    const alternatives: Alternative[] = [{ words: gram, phrase: n === 1 }];
    if (n > 1) alternatives.push({ words: [gram.join('')], phrase: true });
    for (const value of synonyms.get(gram.join('\u0001')) ?? [])
      alternatives.push({ words: value, phrase: true });
    i += n;
    terms.push({ alternatives, prefix: typing && i === words.length && n === 1 });
  }
  return terms;
}

/**
 * How well a term matches the words of one text: 0 not at all, 1 through a synonym or as a prefix, 2 the word
 * itself. A synonym of several words matches them in a row (as a phrase).
 */
function termMatchIn(term: QueryTerm, tokens: readonly string[]): number {
  let best = 0;
  term.alternatives.forEach((alt, a) => {
    const score = a === 0 ? 2 : 1;
    if (!alt.phrase) {
      if (alt.words.every((w) => tokens.includes(w))) best = Math.max(best, score);
      return;
    }
    for (let i = 0; i + alt.words.length <= tokens.length; i++) {
      if (alt.words.every((w, j) => tokens[i + j] === w)) best = Math.max(best, score);
    }
  });
  if (
    !best &&
    term.prefix &&
    term.alternatives.some((alt) => alt.words.length === 1 && tokens.some((t) => t.startsWith(alt.words[0]!)))
  )
    best = 1;
  return best;
}

/** Does the term match this one word (for highlighting)? */
function termMatchesToken(term: QueryTerm, token: string): boolean {
  const t = norm(token);
  return term.alternatives.some(
    (alt) => alt.words.includes(t) || (term.prefix && alt.words.length === 1 && t.startsWith(alt.words[0]!)),
  );
}

function textOf(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.flatMap(textOf);
  if (typeof v === 'object') return [];
  return [String(v)];
}

// ---------------------------------------------------------------------------------------------------------
// The server.
// ---------------------------------------------------------------------------------------------------------

export class FakeMeilisearch {
  readonly requests: RecordedRequest[] = [];
  private readonly indexes = new Map<string, FakeIndex>();
  private readonly tasks = new Map<number, FakeTask>();
  private nextTaskUid = 0;
  private queue: Promise<void> = Promise.resolve();
  private server: http.Server | null = null;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  constructor(private readonly options: FakeMeilisearchOptions = {}) {}

  get url(): string {
    if (!this.port) throw new Error('fake Meilisearch was never started');
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  /** Listens on 127.0.0.1: a free port the first time, the same port after stop(). */
  async start(): Promise<string> {
    if (this.server) return this.url;
    const server = http.createServer((req, res) => void this.handle(req, res));
    server.keepAliveTimeout = 1000;
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this.url;
  }

  /** Goes down like a crashed server: open keep-alive connections are cut, new ones refused. Data is kept. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---- what tests look at ----

  clearRecords(): void {
    this.requests.length = 0;
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  /** Bodies of settings updates (PATCH /indexes/:uid/settings), oldest first. */
  settingsUpdates(): Record<string, unknown>[] {
    return this.requestsTo('PATCH', /^\/indexes\/[^/]+\/settings$/).map(
      (r) => r.body as Record<string, unknown>,
    );
  }

  /** Arrays of documents sent by add-or-replace requests, one per request. */
  documentBatches(): Doc[][] {
    return this.requestsTo('POST', /^\/indexes\/[^/]+\/documents$/).map((r) => r.body as Doc[]);
  }

  /** Every filter string received (search, multi-search, documents fetch), in order. */
  filtersSeen(): string[] {
    const out: string[] = [];
    const take = (f: unknown) => {
      if (typeof f === 'string') out.push(f);
      else if (Array.isArray(f)) for (const x of f) take(x);
    };
    for (const r of this.requests) {
      const body = r.body as Record<string, unknown> | null;
      if (!body || typeof body !== 'object') continue;
      if (r.path === '/multi-search')
        for (const q of (body.queries as Record<string, unknown>[]) ?? []) take(q.filter);
      else if (/\/(search|documents\/fetch)$/.test(r.path)) take(body.filter);
    }
    return out;
  }

  /** Search parameter objects received (each multi-search query counts as one). */
  searchesSeen(): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const r of this.requests) {
      const body = r.body as Record<string, unknown> | null;
      if (r.method !== 'POST' || !body) continue;
      if (r.path === '/multi-search') out.push(...((body.queries as Record<string, unknown>[]) ?? []));
      else if (/^\/indexes\/[^/]+\/search$/.test(r.path)) out.push(body);
    }
    return out;
  }

  storedSettings(uid: string): IndexSettings | undefined {
    return this.indexes.get(uid)?.settings;
  }

  storedDocument(uid: string, id: string): Doc | undefined {
    return this.indexes.get(uid)?.docs.get(id)?.doc;
  }

  // ---- HTTP ----

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    const send = (status: number, payload: unknown) => {
      const text = JSON.stringify(payload);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    };
    try {
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch (err) {
          throw new MeiliHttpError(
            400,
            'malformed_payload',
            `The json payload provided is malformed. \`${(err as Error).message}\`.`,
          );
        }
      }
      this.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: body === undefined ? undefined : structuredClone(body),
      });
      this.authorise(req);
      if (raw !== '' && !String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        throw new MeiliHttpError(
          415,
          'invalid_content_type',
          `The Content-Type \`${req.headers['content-type']}\` is invalid. Accepted values for the Content-Type header are: \`application/json\``,
        );
      }
      const [status, payload] = this.route(req.method ?? 'GET', url, body);
      send(status, payload);
    } catch (err) {
      if (err instanceof MeiliHttpError) send(err.status, err.body());
      else
        send(500, {
          message: (err as Error).message,
          code: 'internal',
          type: 'internal',
          link: 'https://docs.meilisearch.com/errors#internal',
        });
    }
  }

  private authorise(req: http.IncomingMessage): void {
    if (!this.options.apiKey) return;
    const header = req.headers.authorization;
    if (!header)
      throw new MeiliHttpError(
        401,
        'missing_authorization_header',
        'The Authorization header is missing. It must use the bearer authorization method.',
        'auth',
      );
    if (header !== `Bearer ${this.options.apiKey}`)
      throw new MeiliHttpError(403, 'invalid_api_key', 'The provided API key is invalid.', 'auth');
  }

  private route(method: string, url: URL, body: unknown): [number, unknown] {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const [a, b, c, d] = parts;
    if (method === 'GET' && a === 'health' && parts.length === 1) return [200, { status: 'available' }];
    if (method === 'GET' && a === 'version' && parts.length === 1)
      return [200, { pkgVersion: '1.x-fake', commitSha: 'fake', commitDate: 'fake' }];
    if (a === 'tasks' && parts.length === 2 && method === 'GET') {
      const task = this.tasks.get(Number(b));
      if (!task) throw new MeiliHttpError(404, 'task_not_found', `Task \`${b}\` not found.`);
      return [200, task];
    }
    if (a === 'multi-search' && parts.length === 1 && method === 'POST') return [200, this.multiSearch(body)];
    if (a !== 'indexes') throw new MeiliHttpError(404, 'not_found', 'Not found');
    if (parts.length === 1) {
      if (method === 'GET')
        return [
          200,
          {
            results: [...this.indexes.values()].map(indexInfo),
            offset: 0,
            limit: 20,
            total: this.indexes.size,
          },
        ];
      if (method === 'POST') {
        const { uid, primaryKey } = (body ?? {}) as { uid?: string; primaryKey?: string };
        if (typeof uid !== 'string' || !/^[A-Za-z0-9_-]{1,400}$/.test(uid))
          throw new MeiliHttpError(400, 'invalid_index_uid', `\`${uid}\` is not a valid index uid.`);
        return this.enqueue(uid, 'indexCreation', { primaryKey: primaryKey ?? null }, () => {
          if (this.indexes.has(uid))
            throw new MeiliHttpError(409, 'index_already_exists', `Index \`${uid}\` already exists.`);
          this.createIndex(uid, primaryKey ?? null);
        });
      }
    }
    const uid = b;
    if (parts.length === 2) {
      if (method === 'GET') return [200, indexInfo(this.mustIndex(uid))];
      if (method === 'DELETE')
        return this.enqueue(uid, 'indexDeletion', { deletedDocuments: 0 }, () => {
          this.mustIndex(uid);
          this.indexes.delete(uid);
        });
    }
    if (c === 'settings' && parts.length === 3) {
      if (method === 'GET') return [200, this.mustIndex(uid).settings];
      if (method === 'PATCH') {
        const patch = this.validateSettings(body);
        return this.enqueue(uid, 'settingsUpdate', patch, () => {
          const index = this.indexes.get(uid) ?? this.createIndex(uid, null);
          const defaults = defaultSettings();
          for (const [key, value] of Object.entries(patch))
            index.settings[key] = value === null ? defaults[key] : value;
          index.updatedAt = new Date().toISOString();
        });
      }
    }
    if (c === 'stats' && parts.length === 3 && method === 'GET') {
      const index = this.mustIndex(uid);
      return [200, { numberOfDocuments: index.docs.size, isIndexing: false, fieldDistribution: {} }];
    }
    if (c === 'search' && parts.length === 3 && method === 'POST') return [200, this.search(uid, body)];
    if (c === 'documents') {
      if (parts.length === 3 && method === 'POST') return this.addDocuments(uid, url, body);
      if (parts.length === 3 && method === 'DELETE')
        return this.enqueue(uid, 'documentDeletion', { deletedDocuments: null }, () => {
          this.mustIndex(uid).docs.clear();
        });
      if (parts.length === 3 && method === 'GET') {
        const q = url.searchParams;
        return [
          200,
          this.fetchDocuments(uid, {
            limit: q.get('limit') ? Number(q.get('limit')) : undefined,
            offset: q.get('offset') ? Number(q.get('offset')) : undefined,
            fields: q.get('fields')?.split(','),
            filter: q.get('filter') ?? undefined,
          }),
        ];
      }
      if (d === 'fetch' && parts.length === 4 && method === 'POST')
        return [200, this.fetchDocuments(uid, body)];
      if (d === 'delete-batch' && parts.length === 4 && method === 'POST') {
        if (!Array.isArray(body) || body.some((id) => typeof id !== 'string' && typeof id !== 'number')) {
          throw new MeiliHttpError(
            400,
            'bad_request',
            'Invalid value type: expected an array of document ids.',
          );
        }
        const ids = body.map(String);
        return this.enqueue(uid, 'documentDeletion', { providedIds: ids.length }, () => {
          const index = this.mustIndex(uid);
          for (const id of ids) index.docs.delete(id);
        });
      }
    }
    throw new MeiliHttpError(
      404,
      'not_found',
      `Route ${method} ${url.pathname} is not implemented by the fake.`,
    );
  }

  private createIndex(uid: string, primaryKey: string | null): FakeIndex {
    const now = new Date().toISOString();
    const index: FakeIndex = {
      uid,
      primaryKey,
      createdAt: now,
      updatedAt: now,
      settings: defaultSettings(),
      docs: new Map(),
      seq: 0,
    };
    this.indexes.set(uid, index);
    return index;
  }

  private mustIndex(uid: string): FakeIndex {
    const index = this.indexes.get(uid);
    if (!index) throw new MeiliHttpError(404, 'index_not_found', `Index \`${uid}\` not found.`);
    return index;
  }

  /** Tasks run in order, after `taskDelayMs`; the 202 answer only says the task was enqueued. */
  private enqueue(
    indexUid: string | null,
    type: string,
    details: Record<string, unknown>,
    work: () => void,
  ): [number, unknown] {
    const task: FakeTask = {
      uid: this.nextTaskUid++,
      batchUid: null,
      indexUid,
      status: 'enqueued',
      type,
      canceledBy: null,
      details,
      error: null,
      duration: null,
      enqueuedAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
    };
    this.tasks.set(task.uid, task);
    const delay = this.options.taskDelayMs ?? 0;
    this.queue = this.queue.then(async () => {
      await new Promise((r) => setTimeout(r, delay));
      task.status = 'processing';
      task.startedAt = new Date().toISOString();
      task.batchUid = task.uid;
      try {
        work();
        task.status = 'succeeded';
      } catch (err) {
        task.status = 'failed';
        task.error =
          err instanceof MeiliHttpError
            ? err.body()
            : { message: String(err), code: 'internal', type: 'internal', link: '' };
      }
      task.finishedAt = new Date().toISOString();
      task.duration = 'PT0.001S';
    });
    return [202, { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt }];
  }

  private validateSettings(body: unknown): Record<string, unknown> {
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new MeiliHttpError(400, 'bad_request', 'Settings must be an object.');
    const patch = body as Record<string, unknown>;
    for (const key of Object.keys(patch)) {
      if (!SETTINGS_KEYS.has(key))
        throw new MeiliHttpError(
          400,
          'bad_request',
          `Unknown field \`${key}\`: expected one of ${[...SETTINGS_KEYS].map((k) => `\`${k}\``).join(', ')}`,
        );
    }
    const stringList = (key: string, code: string) => {
      const v = patch[key];
      if (v !== undefined && v !== null && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) {
        throw new MeiliHttpError(
          400,
          code,
          `Invalid value type at \`.${key}\`: expected an array of strings.`,
        );
      }
    };
    stringList('searchableAttributes', 'invalid_settings_searchable_attributes');
    stringList('filterableAttributes', 'invalid_settings_filterable_attributes');
    stringList('sortableAttributes', 'invalid_settings_sortable_attributes');
    stringList('rankingRules', 'invalid_settings_ranking_rules');
    stringList('stopWords', 'invalid_settings_stop_words');
    stringList('dictionary', 'invalid_settings_dictionary');
    for (const rule of (patch.rankingRules as string[] | undefined) ?? []) {
      if (!BUILT_IN_RULES.has(rule) && !/^[A-Za-z0-9_.]+:(asc|desc)$/.test(rule)) {
        throw new MeiliHttpError(
          400,
          'invalid_settings_ranking_rules',
          `\`${rule}\` ranking rule is invalid. Valid ranking rules are words, typo, sort, proximity, attribute, exactness and custom ranking rules.`,
        );
      }
    }
    const synonyms = patch.synonyms;
    if (synonyms !== undefined && synonyms !== null) {
      if (
        typeof synonyms !== 'object' ||
        Array.isArray(synonyms) ||
        Object.values(synonyms).some((v) => !Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      ) {
        throw new MeiliHttpError(
          400,
          'invalid_settings_synonyms',
          'Invalid value type at `.synonyms`: expected an object of string arrays.',
        );
      }
    }
    const localized = patch.localizedAttributes;
    if (localized !== undefined && localized !== null) {
      const ok =
        Array.isArray(localized) &&
        localized.every(
          (r) =>
            r &&
            Array.isArray(r.attributePatterns) &&
            Array.isArray(r.locales) &&
            Object.keys(r).every((k) => k === 'attributePatterns' || k === 'locales'),
        );
      if (!ok)
        throw new MeiliHttpError(
          400,
          'invalid_settings_localized_attributes',
          'Invalid value at `.localizedAttributes`: expected `[{ attributePatterns, locales }]`.',
        );
    }
    if (patch.pagination !== undefined && patch.pagination !== null) {
      const max = (patch.pagination as { maxTotalHits?: unknown }).maxTotalHits;
      if (typeof max !== 'number' || max < 1)
        throw new MeiliHttpError(
          400,
          'invalid_settings_pagination',
          'Invalid value at `.pagination.maxTotalHits`.',
        );
      patch.pagination = { maxTotalHits: max };
    }
    if (patch.faceting !== undefined && patch.faceting !== null) {
      const f = patch.faceting as {
        maxValuesPerFacet?: number;
        sortFacetValuesBy?: Record<string, 'alpha' | 'count'>;
      };
      patch.faceting = { ...defaultSettings().faceting, ...f };
    }
    return patch;
  }

  private addDocuments(uid: string, url: URL, body: unknown): [number, unknown] {
    if (!Array.isArray(body) || body.some((d) => !d || typeof d !== 'object' || Array.isArray(d))) {
      throw new MeiliHttpError(400, 'malformed_payload', 'The `json` payload must be an array of objects.');
    }
    const docs = body as Doc[];
    const primaryKeyParam = url.searchParams.get('primaryKey');
    return this.enqueue(
      uid,
      'documentAdditionOrUpdate',
      { receivedDocuments: docs.length, indexedDocuments: docs.length },
      () => {
        const index = this.indexes.get(uid) ?? this.createIndex(uid, null);
        if (primaryKeyParam && index.primaryKey && primaryKeyParam !== index.primaryKey) {
          throw new MeiliHttpError(
            400,
            'index_primary_key_already_exists',
            `Index \`${uid}\` already has a primary key: \`${index.primaryKey}\`.`,
          );
        }
        const pk =
          index.primaryKey ?? primaryKeyParam ?? Object.keys(docs[0] ?? {}).find((k) => /id$/i.test(k));
        if (!pk)
          throw new MeiliHttpError(
            400,
            'index_primary_key_no_candidate_found',
            'The primary key inference failed as the engine did not find any field ending with `id` in its name.',
          );
        for (const doc of docs) {
          const id = doc[pk];
          if (!(
            (typeof id === 'string' && /^[A-Za-z0-9_-]{1,511}$/.test(id)) ||
            (typeof id === 'number' && Number.isInteger(id))
          )) {
            throw new MeiliHttpError(
              400,
              'invalid_document_id',
              `Document identifier \`${JSON.stringify(id)}\` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.`,
            );
          }
        }
        index.primaryKey = pk;
        for (const doc of docs)
          index.docs.set(String(doc[pk]), { doc: structuredClone(doc), seq: index.seq++ });
        index.updatedAt = new Date().toISOString();
      },
    );
  }

  private fetchDocuments(uid: string, body: unknown): unknown {
    const index = this.mustIndex(uid);
    const params = (body ?? {}) as { limit?: number; offset?: number; fields?: string[]; filter?: unknown };
    for (const key of Object.keys(params)) {
      if (!['limit', 'offset', 'fields', 'filter', 'ids', 'retrieveVectors', 'sort'].includes(key))
        throw new MeiliHttpError(400, 'bad_request', `Unknown field \`${key}\``);
    }
    const filter = this.compileFilter(index, params.filter, 'invalid_document_filter');
    const matching = [...index.docs.values()]
      .sort((x, y) => x.seq - y.seq)
      .map((e) => e.doc)
      .filter((doc) => !filter || evaluateFilter(filter, doc));
    const offset = params.offset ?? 0;
    const limit = params.limit ?? 20;
    const project = (doc: Doc) =>
      params.fields && !params.fields.includes('*')
        ? Object.fromEntries(params.fields.filter((f) => f in doc).map((f) => [f, doc[f]]))
        : doc;
    return {
      results: matching.slice(offset, offset + limit).map(project),
      offset,
      limit,
      total: matching.length,
    };
  }

  private compileFilter(
    index: FakeIndex,
    filter: unknown,
    code = 'invalid_search_filter',
  ): FilterNode | null {
    if (filter === undefined || filter === null) return null;
    const parseOne = (f: unknown): FilterNode => {
      if (typeof f === 'string') return parseMeiliFilter(f);
      if (Array.isArray(f)) return { kind: 'or', items: f.map(parseOne) };
      throw new MeiliHttpError(
        400,
        code,
        'Invalid syntax for the filter parameter: `expected String, Array, found: ' + typeof f + '`.',
      );
    };
    let node: FilterNode;
    try {
      node =
        typeof filter === 'string'
          ? parseMeiliFilter(filter)
          : Array.isArray(filter)
            ? { kind: 'and', items: filter.map(parseOne) }
            : parseOne(filter);
    } catch (err) {
      if (err instanceof MeiliHttpError && code !== err.code)
        throw new MeiliHttpError(err.status, code, err.message);
      throw err;
    }
    const filterable = new Set(index.settings.filterableAttributes);
    for (const attribute of filterAttributes(node)) {
      if (!filterable.has(attribute)) {
        throw new MeiliHttpError(
          400,
          code,
          `Attribute \`${attribute}\` is not filterable. Available filterable attributes are: \`${[...filterable].sort().join(', ')}\`.`,
        );
      }
    }
    return node;
  }

  private multiSearch(body: unknown): unknown {
    const { queries, ...rest } = (body ?? {}) as { queries?: unknown };
    if (Object.keys(rest).length > 0)
      throw new MeiliHttpError(
        400,
        'bad_request',
        `Unknown field \`${Object.keys(rest)[0]}\`: expected one of \`queries\`, \`federation\``,
      );
    if (!Array.isArray(queries)) throw new MeiliHttpError(400, 'bad_request', 'Missing field `queries`');
    const results = queries.map((query, i) => {
      const { indexUid, ...params } = query as { indexUid?: string };
      try {
        if (typeof indexUid !== 'string')
          throw new MeiliHttpError(400, 'missing_index_uid', 'Missing field `indexUid`');
        return { indexUid, ...(this.search(indexUid, params) as object) };
      } catch (err) {
        if (err instanceof MeiliHttpError)
          throw new MeiliHttpError(
            err.status,
            err.code,
            `Inside \`.queries[${i}]\`: ${err.message}`,
            err.type,
          );
        throw err;
      }
    });
    return { results };
  }

  private search(uid: string, body: unknown): unknown {
    const index = this.mustIndex(uid);
    const params = (body ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(params)) {
      if (!SEARCH_PARAMS.has(key))
        throw new MeiliHttpError(
          400,
          'bad_request',
          `Unknown field \`${key}\`: expected one of ${[...SEARCH_PARAMS].map((k) => `\`${k}\``).join(', ')}`,
        );
    }
    const s = index.settings;
    const q = typeof params.q === 'string' ? params.q : '';
    const filter = this.compileFilter(index, params.filter);
    const sort = (params.sort as string[] | undefined) ?? [];
    const sortable = new Set(s.sortableAttributes);
    const sortKeys = sort.map((rule) => {
      const m = /^([A-Za-z0-9_.]+):(asc|desc)$/.exec(rule);
      if (!m)
        throw new MeiliHttpError(
          400,
          'invalid_search_sort',
          `Invalid syntax for the sort parameter: expected expression ending by \`:asc\` or \`:desc\`, found \`${rule}\`.`,
        );
      if (!sortable.has(m[1]))
        throw new MeiliHttpError(
          400,
          'invalid_search_sort',
          `Attribute \`${m[1]}\` is not sortable. Available sortable attributes are: \`${[...sortable].join(', ')}\`.`,
        );
      return { attribute: m[1], desc: m[2] === 'desc' };
    });
    const facets = (params.facets as string[] | undefined) ?? [];
    const filterable = new Set(s.filterableAttributes);
    for (const f of facets) {
      if (!filterable.has(f))
        throw new MeiliHttpError(
          400,
          'invalid_search_facets',
          `Invalid facet distribution, attribute \`${f}\` is not filterable. The available filterable attributes are \`${[...filterable].join(', ')}\`.`,
        );
    }

    const searchable = s.searchableAttributes.includes('*') ? null : s.searchableAttributes;
    const terms = queryTerms(q, s);
    const strategy = (params.matchingStrategy as string | undefined) ?? 'last';
    if (!['last', 'all', 'frequency'].includes(strategy))
      throw new MeiliHttpError(
        400,
        'invalid_search_matching_strategy',
        `Unknown value \`${strategy}\` at \`.matchingStrategy\`: expected one of \`last\`, \`all\`, \`frequency\``,
      );
    const dictionary = dictionaryOf(s);

    /** For each term, the best (lowest) attribute it occurs in and whether the match was the word itself. */
    const foundIn = (doc: Doc) => {
      const attrs = searchable ?? Object.keys(doc);
      return terms.map((term) => {
        for (let a = 0; a < attrs.length; a++) {
          let best = 0;
          for (const text of textOf(doc[attrs[a]]))
            best = Math.max(best, termMatchIn(term, segment(text, dictionary).filter(isWord).map(norm)));
          if (best > 0) return { attribute: a, exact: best === 2 };
        }
        return null;
      });
    };

    // The words a document must match at each level of relaxation, all of them first. `last` drops words from the
    // end of the query; `frequency` drops the word found in most documents of the index first (a word found in
    // none counts as the most frequent), words of equal frequency together; the last words left are never dropped.
    // `all` never drops.
    let levels: number[][] = [terms.map((_, i) => i)];
    if (terms.length > 1 && strategy === 'last') {
      levels = terms.map((_, k) => terms.slice(0, terms.length - k).map((__, i) => i));
    } else if (terms.length > 1 && strategy === 'frequency') {
      const counts = terms.map(() => 0);
      for (const { doc } of index.docs.values()) foundIn(doc).forEach((f, i) => (counts[i] += f ? 1 : 0));
      const cost = (i: number) => (counts[i]! > 0 ? counts[i]! : Number.POSITIVE_INFINITY);
      const order = terms.map((_, i) => i).sort((a, b) => cost(b) - cost(a) || a - b);
      const groups: number[][] = [];
      for (const i of order) {
        const last = groups[groups.length - 1];
        if (last && cost(last[0]!) === cost(i)) last.push(i);
        else groups.push([i]);
      }
      levels = [];
      const dropped = new Set<number>();
      for (const group of groups) {
        levels.push(terms.map((_, i) => i).filter((i) => !dropped.has(i)));
        for (const i of group) dropped.add(i);
      }
    }

    type Scored = { doc: Doc; seq: number; words: number; attribute: number; exact: number; used: number };
    const scored: Scored[] = [];
    for (const { doc, seq } of index.docs.values()) {
      if (filter && !evaluateFilter(filter, doc)) continue;
      if (terms.length === 0) {
        scored.push({ doc, seq, words: 0, attribute: 0, exact: 0, used: 0 });
        continue;
      }
      const found = foundIn(doc);
      const level = levels.findIndex((kept) => kept.every((i) => found[i]));
      if (level < 0) continue;
      const used = levels[level]!.map((i) => found[i]!) as { attribute: number; exact: boolean }[];
      scored.push({
        doc,
        seq,
        // The `words` rule: fewer words dropped is better.
        words: levels.length - level,
        attribute: Math.min(...used.map((f) => f.attribute)),
        exact: used.filter((f) => f.exact).length,
        used: used.length,
      });
    }
    const wordLevels = levels.length;

    const attrCount = Math.max(1, (searchable ?? ['*']).length);
    const compare = (x: Scored, y: Scored): number => {
      for (const rule of s.rankingRules) {
        let d = 0;
        if (rule === 'words') d = y.words - x.words;
        else if (rule === 'attribute') d = x.attribute - y.attribute;
        else if (rule === 'exactness') d = y.exact - x.exact;
        else if (rule === 'sort') {
          for (const k of sortKeys) {
            d = compareValues(x.doc[k.attribute], y.doc[k.attribute]) * (k.desc ? -1 : 1);
            if (d !== 0) break;
          }
        } else if (rule.includes(':')) {
          const [attribute, dir] = rule.split(':');
          d = compareValues(x.doc[attribute], y.doc[attribute]) * (dir === 'desc' ? -1 : 1);
        }
        if (d !== 0) return d;
      }
      return x.seq - y.seq;
    };
    scored.sort(compare);

    const maxTotalHits = s.pagination.maxTotalHits;
    const reachable = scored.slice(0, maxTotalHits);
    const finite = params.page !== undefined || params.hitsPerPage !== undefined;
    let page: Scored[];
    let pagination: Record<string, number>;
    if (finite) {
      const hitsPerPage = (params.hitsPerPage as number | undefined) ?? 20;
      const pageNo = (params.page as number | undefined) ?? 1;
      page =
        pageNo >= 1 && hitsPerPage > 0
          ? reachable.slice((pageNo - 1) * hitsPerPage, pageNo * hitsPerPage)
          : [];
      pagination = {
        hitsPerPage,
        page: pageNo,
        totalPages: hitsPerPage > 0 ? Math.ceil(reachable.length / hitsPerPage) : 0,
        totalHits: reachable.length,
      };
    } else {
      const offset = (params.offset as number | undefined) ?? 0;
      const limit = (params.limit as number | undefined) ?? 20;
      page = reachable.slice(offset, offset + limit);
      pagination = { offset, limit, estimatedTotalHits: reachable.length };
    }

    const retrieve = (params.attributesToRetrieve as string[] | undefined) ?? ['*'];
    const highlight = new Set((params.attributesToHighlight as string[] | undefined) ?? []);
    const crop = new Set((params.attributesToCrop as string[] | undefined) ?? []);
    const pre = (params.highlightPreTag as string | undefined) ?? '<em>';
    const post = (params.highlightPostTag as string | undefined) ?? '</em>';
    const cropLength = (params.cropLength as number | undefined) ?? 10;
    const cropMarker = (params.cropMarker as string | undefined) ?? '…';
    const format = (value: unknown, doHighlight: boolean, doCrop: boolean): unknown => {
      if (Array.isArray(value)) return value.map((v) => format(v, doHighlight, doCrop));
      if (typeof value !== 'string') return value;
      const tokens = segment(value, dictionary);
      const hits = tokens.map((t) => isWord(t) && terms.some((term) => termMatchesToken(term, t)));
      let from = 0;
      let to = tokens.length;
      if (doCrop) {
        const wordIdx = tokens.map((t, i) => (isWord(t) ? i : -1)).filter((i) => i >= 0);
        if (wordIdx.length > cropLength) {
          const first = Math.max(
            0,
            wordIdx.findIndex((i) => hits[i]),
          );
          const startWord = Math.max(
            0,
            Math.min(first - Math.floor((cropLength - 1) / 2), wordIdx.length - cropLength),
          );
          from = wordIdx[startWord];
          to = wordIdx[startWord + cropLength - 1] + 1;
        }
      }
      let out = from > 0 ? cropMarker : '';
      for (let i = from; i < to; i++) out += doHighlight && hits[i] ? pre + tokens[i] + post : tokens[i];
      if (to < tokens.length) out += cropMarker;
      return out;
    };

    const wantsFormatted = highlight.size > 0 || crop.size > 0;
    const hits = page.map((entry) => {
      const keys = retrieve.includes('*') ? Object.keys(entry.doc) : retrieve.filter((k) => k in entry.doc);
      const hit: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, entry.doc[k]]));
      if (wantsFormatted) {
        const formatted: Record<string, unknown> = {};
        for (const k of keys)
          formatted[k] =
            highlight.has(k) || highlight.has('*') || crop.has(k)
              ? format(entry.doc[k], highlight.has(k) || highlight.has('*'), crop.has(k))
              : entry.doc[k];
        hit._formatted = formatted;
      }
      if (params.showRankingScore)
        hit._rankingScore = terms.length === 0 ? 1 : rankingScore(entry, wordLevels, attrCount);
      return hit;
    });

    const response: Record<string, unknown> = { hits, query: q, processingTimeMs: 0, ...pagination };
    if (facets.length > 0) {
      const distribution: Record<string, Record<string, number>> = {};
      for (const f of facets) {
        const counts = new Map<string, number>();
        for (const { doc } of scored) {
          for (const v of new Set(scalarValues(doc[f]).map(String))) counts.set(v, (counts.get(v) ?? 0) + 1);
        }
        const order = s.faceting.sortFacetValuesBy[f] ?? s.faceting.sortFacetValuesBy['*'] ?? 'alpha';
        const entries = [...counts.entries()].sort(
          (x, y) => (order === 'count' ? y[1] - x[1] : 0) || x[0].localeCompare(y[0]),
        );
        distribution[f] = Object.fromEntries(entries.slice(0, s.faceting.maxValuesPerFacet));
      }
      response.facetDistribution = distribution;
      response.facetStats = {};
    }
    return response;
  }
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/**
 * A score in (0, 1] that orders like the default rules words > attribute > exactness, so "sorted by score"
 * and "sorted by the ranking rules" agree as they do in Meilisearch.
 */
function rankingScore(
  entry: { words: number; attribute: number; exact: number; used: number },
  termCount: number,
  attrCount: number,
): number {
  const exactFrac = entry.used === 0 ? 0 : entry.exact / entry.used;
  // In (0, 1]: the best attribute with every word exact is 1; the last attribute, no exact word, 0.002.
  const within = (attrCount - entry.attribute - 1 + 0.002 + 0.998 * exactFrac) / attrCount;
  return Math.min(1, (entry.words - 1 + within) / termCount);
}

function indexInfo(index: FakeIndex) {
  return {
    uid: index.uid,
    primaryKey: index.primaryKey,
    createdAt: index.createdAt,
    updatedAt: index.updatedAt,
  };
}
