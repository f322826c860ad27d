import { describe, expect, it } from 'vitest';
import { DEMAND_STATUSES, ROLES, type DemandStatus } from '../catalog/catalog.js';
import {
  DEMAND_TRANSITIONS,
  availableActions,
  decideTransition,
  demandRelation,
  type DemandAction,
  type DemandRelation,
} from './demand-lifecycle.js';

const ACTIONS = Object.keys(DEMAND_TRANSITIONS) as DemandAction[];
const RELATIONS: DemandRelation[] = ['OWNER', 'BUREAU', 'DISPATCHER', 'SYSTEM', 'NONE'];

// The whole table, written out independently of the implementation: [action, from-states, relations].
const EXPECTED: Record<DemandAction, [DemandStatus[], DemandRelation[], DemandStatus]> = {
  submit: [['DRAFT', 'RETURNED'], ['OWNER', 'BUREAU'], 'SUBMITTED'],
  accept: [['SUBMITTED'], ['BUREAU', 'DISPATCHER'], 'ACCEPTED'],
  return: [['SUBMITTED'], ['BUREAU', 'DISPATCHER'], 'RETURNED'],
  reject: [['SUBMITTED'], ['BUREAU', 'DISPATCHER'], 'REJECTED'],
  merge: [['SUBMITTED', 'ACCEPTED'], ['BUREAU', 'DISPATCHER'], 'CANCELLED'],
  dispatch: [['ACCEPTED'], ['DISPATCHER'], 'DISPATCHED'],
  undispatch: [['DISPATCHED'], ['DISPATCHER', 'SYSTEM'], 'ACCEPTED'],
  startService: [['DISPATCHED'], ['DISPATCHER', 'SYSTEM'], 'IN_SERVICE'],
  complete: [['IN_SERVICE'], ['DISPATCHER', 'BUREAU'], 'DELIVERED'],
  evaluate: [['DELIVERED'], ['OWNER'], 'EVALUATED'],
  cancel: [
    ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'DISPATCHED', 'IN_SERVICE'],
    ['OWNER', 'BUREAU', 'DISPATCHER'],
    'CANCELLED',
  ],
};

describe('demand lifecycle: every state × action × relation', () => {
  for (const status of DEMAND_STATUSES) {
    for (const action of ACTIONS) {
      for (const relation of RELATIONS) {
        const [from, by, to] = EXPECTED[action];
        let allowed = from.includes(status) && by.includes(relation);
        // A unit cancels on its own only until the bureau has accepted.
        if (
          action === 'cancel' &&
          relation === 'OWNER' &&
          !['DRAFT', 'SUBMITTED', 'RETURNED'].includes(status)
        )
          allowed = false;
        it(`${status} —${action}→ by ${relation}: ${allowed ? to : 'refused'}`, () => {
          const r = decideTransition(status, action, relation, '原因');
          if (allowed) expect(r).toEqual({ ok: true, to });
          else {
            expect(r.ok).toBe(false);
            if (!r.ok) {
              expect(r.message).toMatch(/[\u4e00-\u9fff]/);
              // Not one's to take → FORBIDDEN; one's to take but not now → CONFLICT.
              const mayEver =
                by.includes(relation) &&
                !(
                  action === 'cancel' &&
                  relation === 'OWNER' &&
                  !['DRAFT', 'SUBMITTED', 'RETURNED'].includes(status)
                );
              expect(r.kind).toBe(mayEver ? 'CONFLICT' : 'FORBIDDEN');
              expect(r.reason).toBe(mayEver ? 'DEMAND_TRANSITION_CONFLICT' : 'DEMAND_TRANSITION_FORBIDDEN');
            }
          }
        });
      }
    }
  }
});

describe('demand lifecycle rules', () => {
  it('asks for a reason to return, reject, merge, cancel and undispatch', () => {
    for (const [action, status] of [
      ['return', 'SUBMITTED'],
      ['reject', 'SUBMITTED'],
      ['merge', 'SUBMITTED'],
      ['cancel', 'DRAFT'],
      ['undispatch', 'DISPATCHED'],
    ] as const) {
      const relation = action === 'cancel' ? 'OWNER' : 'DISPATCHER';
      expect(decideTransition(status, action, relation, '  ')).toMatchObject({
        ok: false,
        kind: 'BAD_USER_INPUT',
      });
    }
    expect(decideTransition('SUBMITTED', 'accept', 'BUREAU', null)).toEqual({ ok: true, to: 'ACCEPTED' });
  });

  it('says in Chinese why a transition is not possible now', () => {
    const r = decideTransition('DELIVERED', 'accept', 'BUREAU');
    expect(r).toEqual({
      ok: false,
      kind: 'CONFLICT',
      reason: 'DEMAND_TRANSITION_CONFLICT',
      message: '需求当前为“已完成”，不能受理（仅“已下单”的需求可以受理）',
    });
    expect(decideTransition('ACCEPTED', 'cancel', 'OWNER', '不需要了')).toMatchObject({
      ok: false,
      kind: 'FORBIDDEN',
      message: expect.stringContaining('联系属地人社局'),
    });
  });

  it('relates roles to a demand', () => {
    expect(demandRelation('UNIT', true, false)).toBe('OWNER');
    expect(demandRelation('UNIT', false, true)).toBe('NONE');
    expect(demandRelation('LOCAL', false, true)).toBe('BUREAU');
    expect(demandRelation('LOCAL', false, false)).toBe('NONE');
    expect(demandRelation('PROVINCE', false, true)).toBe('DISPATCHER');
    expect(demandRelation('EXPERT', false, true)).toBe('NONE');
    expect(demandRelation('ADMIN', false, false)).toBe('DISPATCHER');
    expect(ROLES).toHaveLength(5);
  });

  it('lists the buttons an actor has', () => {
    expect(availableActions('SUBMITTED', 'BUREAU').sort()).toEqual([
      'accept',
      'cancel',
      'merge',
      'reject',
      'return',
    ]);
    expect(availableActions('RETURNED', 'OWNER').sort()).toEqual(['cancel', 'submit']);
    expect(availableActions('EVALUATED', 'DISPATCHER')).toEqual([]);
  });
});
