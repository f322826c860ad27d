// 匹配词库: the vocabulary matching and search read (libs/domain's synonyms and built-in lexicon, plus the entries
// ADMIN adds here), kept the same in every process. A change is written with a revision bump in one transaction;
// each process notices the new revision within REFRESH_MS (a one-row read, at most that often, when a search or a
// match needs the vocabulary) and gives the new vocabulary to its search engine at once (PostgreSQL expands queries
// with it); the `search.vocabulary` job then brings the stored index in line (Meilisearch settings, PostgreSQL
// re-segmentation when the words kept whole changed).
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  FIELDS,
  InputErrors,
  LEXICON_LIMITS,
  Vocabulary,
  fieldHints,
  isUuid,
  lexiconEntryProblems,
  normaliseLexiconWord,
  type Actor,
  type Field,
  type LexiconEntry,
} from '@app/domain';
import {
  PG_UNIQUE_VIOLATION,
  UnitOfWork,
  analyseSearchQuery,
  pgErrorCode,
  writeAudit,
  type ExpertSearchEngine,
} from '@app/platform';
import { assertRole } from '../access/access-scope.js';
import { EXPERT_SEARCH_ENGINE } from '../experts/search-index.service.js';
import { AppOutbox } from '../jobs/job-map.js';
import type { LexiconEntryEntity } from './lexicon-entry.entity.js';
import { LexiconRepository } from './lexicon.repository.js';

/** How stale a process's vocabulary may be: other processes' changes show within this time. */
export const LEXICON_REFRESH_MS = 5_000;

export interface LexiconEntryInput {
  expression: string;
  terms: string[];
  fields?: Field[] | null;
  note?: string | null;
}

/** One entry as the page shows it: built-in (read-only) or added by ADMIN. */
export interface LexiconEntryView {
  id: string;
  expression: string;
  terms: string[];
  fields: Field[];
  note: string | null;
  builtin: boolean;
  version: number;
  updatedAt: Date | null;
}

export interface LexiconPreview {
  /** The words a search or a demand with this text is read as, each with what it also finds. */
  words: { word: string; expansions: string[] }[];
  /** Fields the words hint at, most hinted first. */
  fields: Field[];
}

const WRITE_ROLES = ['ADMIN'] as const;
const READ_ROLES = ['ADMIN', 'PROVINCE'] as const;

function toEntry(row: LexiconEntryEntity): LexiconEntry {
  return { expression: row.expression, terms: row.terms, fields: row.fields };
}

@Injectable()
export class LexiconService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Lexicon');
  private current: Vocabulary = Vocabulary.builtin();
  private revision = -1;
  private checkedAt = -Infinity;
  private loading: Promise<Vocabulary> | null = null;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: AppOutbox,
    private readonly repo: LexiconRepository,
    @Inject(EXPERT_SEARCH_ENGINE) private readonly engine: ExpertSearchEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.vocabulary(true);
    } catch (err) {
      this.logger.warn(
        `lexicon not loaded at start (${(err as Error).message}); the built-in vocabulary is used`,
      );
    }
  }

  // ---- The vocabulary in force ------------------------------------------------------------------------------

  /**
   * The vocabulary in force: the built-in one plus ADMIN's entries, re-read when another process changed them (at
   * most every LEXICON_REFRESH_MS); the search engine of this process gets it as soon as it changes.
   */
  async vocabulary(force = false): Promise<Vocabulary> {
    if (!force && Date.now() - this.checkedAt < LEXICON_REFRESH_MS) return this.current;
    this.loading ??= this.reload(force).finally(() => (this.loading = null));
    return this.loading;
  }

  private async reload(force: boolean): Promise<Vocabulary> {
    const revision = await this.repo.revision();
    this.checkedAt = Date.now();
    if (!force && revision === this.revision) return this.current;
    const rows = await this.repo.all();
    this.current = Vocabulary.with(rows.map(toEntry));
    this.revision = revision;
    this.engine.setVocabulary(this.current);
    return this.current;
  }

  /**
   * Asks the worker (through the outbox) to bring the search index in line with the vocabulary in force, at start:
   * a new version of the built-in vocabulary changes its fingerprint. One job per revision and vocabulary.
   */
  async requestApply(): Promise<void> {
    const v = await this.vocabulary(true);
    await this.uow.run((m) =>
      this.outbox.add(m, 'search.vocabulary', {}, { jobId: `vocabulary-r${this.revision}-${v.fingerprint}` }),
    );
  }

  /** In the transaction of a change: the revision moves on and the index update is written to the outbox. */
  private async recordChange(m: EntityManager): Promise<void> {
    const revision = await this.repo.bumpRevision(m);
    await this.outbox.add(m, 'search.vocabulary', {}, { jobId: `vocabulary-r${revision}` });
  }

  /** The job's work: the current vocabulary applied to the engine's stored index. Idempotent. */
  async applyToIndex(): Promise<{ refreshed: number }> {
    return this.engine.applyVocabulary(await this.vocabulary(true));
  }

  // ---- 匹配词库 (ADMIN) -------------------------------------------------------------------------------------

  /** Every entry, ADMIN's first then the built-in ones; `query` narrows by expression, term or note. */
  async list(
    actor: Actor,
    filter: { query?: string | null; builtin?: boolean | null } = {},
  ): Promise<LexiconEntryView[]> {
    assertRole(actor, READ_ROLES, '只有管理员和省厅可以查看匹配词库');
    const custom = (await this.repo.all()).map((r): LexiconEntryView => ({
      id: r.id,
      expression: r.expression,
      terms: r.terms,
      fields: r.fields,
      note: r.note,
      builtin: false,
      version: r.version,
      updatedAt: r.updatedAt,
    }));
    const builtin = Vocabulary.builtin()
      .entries()
      .map((e): LexiconEntryView => ({
        id: `builtin:${e.expression}`,
        expression: e.expression,
        terms: [...e.terms],
        fields: [...e.fields],
        note: null,
        builtin: true,
        version: 0,
        updatedAt: null,
      }));
    let all = [...custom, ...builtin];
    if (filter.builtin === true) all = builtin;
    if (filter.builtin === false) all = custom;
    const q = normaliseLexiconWord(filter.query ?? '')
      .toLowerCase()
      .slice(0, 30);
    if (q)
      all = all.filter((e) =>
        [e.expression, ...e.terms, e.note ?? ''].some((w) => w.toLowerCase().includes(q)),
      );
    return all;
  }

  async create(actor: Actor, input: LexiconEntryInput): Promise<LexiconEntryView> {
    assertRole(actor, WRITE_ROLES, '只有管理员可以维护匹配词库');
    const row = this.validated(input);
    try {
      const saved = await this.uow.run(async (m) => {
        const entry = await this.repo.insert(m, { ...row, accountId: actor.accountId });
        await this.recordChange(m);
        await writeAudit(m, actor, {
          action: 'lexicon.create',
          entityType: 'lexicon_entry',
          entityId: entry.id,
          after: entry,
        });
        return entry;
      });
      await this.changed();
      return this.view(saved);
    } catch (err) {
      throw this.duplicate(err, row.expression);
    }
  }

  /** Changes an entry; `version` is the one the editor read, so two editors never overwrite each other unseen. */
  async update(
    actor: Actor,
    id: string,
    version: number,
    input: LexiconEntryInput,
  ): Promise<LexiconEntryView> {
    assertRole(actor, WRITE_ROLES, '只有管理员可以维护匹配词库');
    if (!isUuid(id)) throw this.notEditable(id);
    const row = this.validated(input);
    try {
      const saved = await this.uow.run(async (m) => {
        const before = await this.repo.find(id, m);
        if (!before) throw AppError.notFound('词条', 'LEXICON_ENTRY_NOT_FOUND');
        const after = await this.repo.update(m, id, version, { ...row, accountId: actor.accountId });
        if (!after) throw AppError.conflict('该词条已被他人修改，请刷新后再改', 'LEXICON_ENTRY_CHANGED');
        await this.recordChange(m);
        await writeAudit(m, actor, {
          action: 'lexicon.update',
          entityType: 'lexicon_entry',
          entityId: id,
          before,
          after,
        });
        return after;
      });
      await this.changed();
      return this.view(saved);
    } catch (err) {
      throw this.duplicate(err, row.expression);
    }
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    assertRole(actor, WRITE_ROLES, '只有管理员可以维护匹配词库');
    if (!isUuid(id)) throw this.notEditable(id);
    await this.uow.run(async (m) => {
      const before = await this.repo.find(id, m);
      if (!before || !(await this.repo.delete(m, id)))
        throw AppError.notFound('词条', 'LEXICON_ENTRY_NOT_FOUND');
      await this.recordChange(m);
      await writeAudit(m, actor, {
        action: 'lexicon.delete',
        entityType: 'lexicon_entry',
        entityId: id,
        before,
      });
    });
    await this.changed();
    return true;
  }

  /** How a text is read with the vocabulary in force: its words, what each also finds, the fields hinted at. */
  async preview(actor: Actor, text: string): Promise<LexiconPreview> {
    assertRole(actor, READ_ROLES, '只有管理员和省厅可以查看匹配词库');
    const clean = (text ?? '').slice(0, 500);
    const v = await this.vocabulary();
    const analysed = analyseSearchQuery(`${clean} `, v);
    const words = (analysed?.terms ?? []).map((t) => ({ word: t.word, expansions: t.expansions }));
    return {
      words,
      fields: fieldHints(
        words.map((w) => ({ term: w.word })),
        v,
      ),
    };
  }

  // ---- Helpers -------------------------------------------------------------------------------------------

  private validated(input: LexiconEntryInput): {
    expression: string;
    terms: string[];
    fields: Field[];
    note: string | null;
  } {
    const expression = normaliseLexiconWord(input.expression ?? '');
    const terms = [...new Set((input.terms ?? []).map(normaliseLexiconWord).filter(Boolean))];
    const fields = [...new Set(input.fields ?? [])];
    const note = (input.note ?? '').trim() || null;
    const problems = lexiconEntryProblems({ expression, terms });
    const errors = new InputErrors();
    for (const [field, message] of Object.entries(problems)) errors.add(field, message);
    errors
      .check(
        fields.every((f) => FIELDS.includes(f)),
        'fields',
        '服务领域无效',
      )
      .check((note ?? '').length <= 200, 'note', '备注不能超过 200 个字')
      .check(!/\p{Cc}/u.test(note ?? ''), 'note', '备注不能包含控制字符')
      .throwIfAny();
    return { expression, terms: terms.slice(0, LEXICON_LIMITS.termsMax), fields, note };
  }

  private duplicate(err: unknown, expression: string): unknown {
    if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) {
      return AppError.conflict(`词库中已有“${expression}”，请修改那一条`, 'LEXICON_ENTRY_EXISTS');
    }
    return err;
  }

  private notEditable(id: string): AppError {
    return id.startsWith('builtin:')
      ? AppError.badInput(
          '内置词条不能修改或删除；可以新增同一说法的词条来补充专业术语',
          { id: '内置词条只读' },
          'LEXICON_ENTRY_BUILTIN',
        )
      : AppError.notFound('词条', 'LEXICON_ENTRY_NOT_FOUND');
  }

  /** After a change: this process uses the new vocabulary at once (the outbox has the worker update the index). */
  private async changed(): Promise<void> {
    await this.vocabulary(true);
  }

  private view(r: LexiconEntryEntity): LexiconEntryView {
    return {
      id: r.id,
      expression: r.expression,
      terms: r.terms,
      fields: r.fields,
      note: r.note,
      builtin: false,
      version: r.version,
      updatedAt: r.updatedAt,
    };
  }
}
