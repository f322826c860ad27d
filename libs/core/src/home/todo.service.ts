// The home page as a to-do list: per role, the lists of what waits on the account, each item one click from
// where it is done. Scoped like every other list: a bureau and a dispatcher see their regions, a unit its own
// organisation, an expert their own invitations and teams.
import { Injectable } from '@nestjs/common';
import type { Actor, Role } from '@app/domain';
import { Clock } from '@app/platform';
import { regionPrefixes } from '../access/access-scope.js';
import { NotificationRepository } from '../notifications/notification.repository.js';
import { TodoRepository, type TodoRows } from './todo.repository.js';

export interface TodoItem {
  id: string;
  title: string;
  /** A line under the title: the demand code, the expert who declined, the reason … */
  detail: string | null;
  link: string;
  dueAt: Date | null;
  overdue: boolean;
}

export interface TodoSection {
  key: string;
  title: string;
  /** What the empty list means, in a sentence. */
  emptyText: string;
  /** The page with the whole list. */
  moreLink: string | null;
  total: number;
  items: TodoItem[];
}

/**
 * EXTENSION POINT: a feature adds a list to a role's home page by calling `TodoService.register(source)` once
 * (e.g. from its service's onModuleInit). The LOCAL bureau's 待审核的单位注册 (#13.2) is built in already, and shows
 * only where the `unit_registrations` table exists.
 */
export interface TodoSectionSource {
  roles: readonly Role[];
  section(actor: Actor, limit: number): Promise<TodoSection | null>;
}

const LIMIT = 8;

/** Where a bureau reviews unit registrations (#13.2's page; adjust here if it lives elsewhere). */
export const REGISTRATION_REVIEW_PATH = '/registrations';

@Injectable()
export class TodoService {
  /** Lists other features add (see TodoSectionSource). */
  private readonly sources: TodoSectionSource[] = [];

  constructor(
    private readonly todos: TodoRepository,
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  /** Adds a feature's list to the home page of its roles. */
  register(source: TodoSectionSource): void {
    this.sources.push(source);
  }

  async mine(actor: Actor, limit = LIMIT): Promise<TodoSection[]> {
    const n = Math.min(Math.max(limit, 1), 50);
    const now = this.clock.now();
    const sections = await this.own(actor, n, now);
    for (const source of this.sources.filter((s) => s.roles.includes(actor.role))) {
      const extra = await source.section(actor, n);
      if (extra) sections.push(extra);
    }
    return sections;
  }

  private async own(actor: Actor, n: number, now: Date): Promise<TodoSection[]> {
    const demandItems = (
      r: TodoRows,
      link: (id: string) => string,
      detail: (row: TodoRows['rows'][number]) => string | null,
    ) =>
      r.rows.map((row) => ({
        id: row.id,
        title: row.title,
        detail: detail(row),
        link: link(row.targetId),
        dueAt: row.dueAt,
        overdue: !!row.dueAt && row.dueAt.getTime() < now.getTime(),
      }));
    switch (actor.role) {
      case 'UNIT': {
        if (!actor.organizationId) return [];
        const org = { organizationId: actor.organizationId };
        const [delivered, returned] = await Promise.all([
          this.todos.demands('DELIVERED', org, n, now),
          this.todos.demands('RETURNED', org, n, now),
        ]);
        return [
          section(
            'TO_EVALUATE',
            '待评价',
            '服务完成的需求都已评价。',
            '/demands',
            delivered,
            demandItems(
              delivered,
              (id) => `/demands/${id}`,
              (r) => `${r.code}，服务已完成，请评价`,
            ),
          ),
          section(
            'RETURNED',
            '被退回待修改',
            '没有被退回的需求。',
            '/demands',
            returned,
            demandItems(
              returned,
              (id) => `/demands/${id}/edit`,
              (r) => `${r.code}${r.note ? `，退回意见：${r.note}` : ''}`,
            ),
          ),
        ];
      }
      case 'LOCAL': {
        const prefixes = regionPrefixes(actor);
        const [submitted, registrations] = await Promise.all([
          this.todos.demands('SUBMITTED', { prefixes }, n, now),
          this.todos.pendingRegistrations(prefixes, n),
        ]);
        const sections = [
          section(
            'TO_ACCEPT',
            '待受理',
            '辖区内没有待受理的需求。',
            '/review',
            submitted,
            demandItems(
              submitted,
              (id) => `/demands/${id}`,
              (r) => r.code,
            ),
          ),
        ];
        // Only where the registration feature's table exists (see TodoRepository.pendingRegistrations).
        if (registrations) {
          sections.push(
            section(
              'REGISTRATIONS',
              '待审核的单位注册',
              '没有待审核的单位注册。',
              REGISTRATION_REVIEW_PATH,
              registrations,
              registrations.rows.map((r) => ({
                id: r.id,
                title: r.title,
                detail: `统一社会信用代码 ${r.code}${r.note ? `，联系人 ${r.note}` : ''}`,
                link: REGISTRATION_REVIEW_PATH,
                dueAt: null,
                overdue: false,
              })),
            ),
          );
        }
        return sections;
      }
      case 'PROVINCE': {
        const prefixes = regionPrefixes(actor);
        const [accepted, declined] = await Promise.all([
          this.todos.demands('ACCEPTED', { prefixes }, n, now),
          this.todos.declinedPlaces(prefixes, n),
        ]);
        return [
          section(
            'TO_DISPATCH',
            '待派单',
            '没有等待派单的需求。',
            '/dispatch',
            accepted,
            demandItems(
              accepted,
              (id) => `/dispatch/${id}`,
              (r) => r.code,
            ),
          ),
          section(
            'DECLINED',
            '专家婉拒待替换',
            '没有需要替换的专家。',
            '/teams',
            declined,
            declined.rows.map((r) => ({
              id: r.id,
              title: r.title,
              detail: `${r.code} 婉拒了邀请${r.note ? `，原因：${r.note}` : ''}`,
              link: `/teams/${r.targetId}`,
              dueAt: null,
              overdue: false,
            })),
          ),
        ];
      }
      case 'EXPERT': {
        if (!actor.expertId) return [];
        const [invited, toLog] = await Promise.all([
          this.todos.invitations(actor.expertId, n),
          this.todos.teamsToLog(actor.expertId, n),
        ]);
        return [
          section(
            'INVITATIONS',
            '待答复的邀请',
            '没有待答复的邀请。',
            '/invitations',
            invited,
            invited.rows.map((r) => ({
              id: r.id,
              title: r.title,
              detail: r.note ? `服务期 ${r.note}` : null,
              link: '/invitations',
              dueAt: r.dueAt,
              overdue: !!r.dueAt && r.dueAt.getTime() < now.getTime(),
            })),
          ),
          section(
            'BATCHES',
            '待登记服务',
            '没有正在服务、需要登记批次的服务团。',
            '/services',
            toLog,
            toLog.rows.map((r) => ({
              id: r.id,
              title: r.title,
              detail: r.note,
              link: `/teams/${r.targetId}/batches/new`,
              dueAt: null,
              overdue: false,
            })),
          ),
        ];
      }
      case 'ADMIN': {
        const failed = await this.notifications.failures(n);
        return [
          {
            key: 'DELIVERY_FAILURES',
            title: '发送失败的通知',
            emptyText: '所有邮件和短信都已送达。',
            moreLink: '/admin/delivery-failures',
            total: failed.total,
            items: failed.rows.map((r) => ({
              id: `${r.notificationId}:${r.channel}`,
              title: r.title,
              detail: `${r.recipientName}（${r.channel === 'sms' ? '短信' : r.channel === 'email' ? '邮件' : r.channel}）：${r.lastError}`,
              link: '/admin/delivery-failures',
              dueAt: null,
              overdue: false,
            })),
          },
        ];
      }
    }
  }
}

function section(
  key: string,
  title: string,
  emptyText: string,
  moreLink: string,
  rows: TodoRows,
  items: TodoItem[],
): TodoSection {
  return { key, title, emptyText, moreLink, total: rows.total, items };
}
