import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '../catalog/catalog.js';
import {
  ASSIGNMENT_REPLACEABLE,
  ASSIGNMENT_TRANSITIONS,
  ASSIGNMENT_WITHDRAWABLE,
  decideAssignmentTransition,
  type AssignmentAction,
  type AssignmentRelation,
} from './assignment-lifecycle.js';

const ACTIONS = Object.keys(ASSIGNMENT_TRANSITIONS) as AssignmentAction[];
const RELATIONS: AssignmentRelation[] = ['INVITEE', 'DISPATCHER', 'NONE'];

// The table written out independently of the implementation: [from-states, who, to, refusal when not from there].
const EXPECTED: Record<AssignmentAction, [AssignmentStatus[], AssignmentRelation, AssignmentStatus, string]> =
  {
    confirm: [['INVITED'], 'INVITEE', 'CONFIRMED', 'ASSIGNMENT_NOT_PENDING'],
    decline: [['INVITED'], 'INVITEE', 'DECLINED', 'ASSIGNMENT_NOT_PENDING'],
    withdraw: [
      ['INVITED', 'CONFIRMED', 'DECLINED'],
      'DISPATCHER',
      'WITHDRAWN',
      'ASSIGNMENT_NOT_WITHDRAWABLE',
    ],
    replace: [['DECLINED', 'WITHDRAWN'], 'DISPATCHER', 'INVITED', 'ASSIGNMENT_NOT_REPLACEABLE'],
  };

describe('assignment lifecycle: every status × action × relation', () => {
  for (const status of ASSIGNMENT_STATUSES) {
    for (const action of ACTIONS) {
      for (const relation of RELATIONS) {
        const [from, by, to, notNow] = EXPECTED[action];
        const allowed = from.includes(status) && relation === by;
        it(`${status} —${action}→ by ${relation}: ${allowed ? to : 'refused'}`, () => {
          const d = decideAssignmentTransition(status, action, relation);
          if (allowed) return expect(d).toEqual({ ok: true, to });
          expect(d.ok).toBe(false);
          if (d.ok) return;
          // Not one's to take → FORBIDDEN (whose it is); one's to take but not now → CONFLICT (why not).
          if (relation !== by) {
            expect(d.kind).toBe('FORBIDDEN');
            expect(d.reason).toBe(by === 'INVITEE' ? 'ASSIGNMENT_NOT_YOURS' : 'TEAM_OUT_OF_SCOPE');
          } else {
            expect(d.kind).toBe('CONFLICT');
            expect(d.reason).toBe(notNow);
          }
          expect(d.message).toMatch(/[\u4e00-\u9fff]/);
        });
      }
    }
  }
});

describe('assignment lifecycle rules', () => {
  it('derives what may be withdrawn and replaced from the table', () => {
    expect([...ASSIGNMENT_WITHDRAWABLE].sort()).toEqual(['CONFIRMED', 'DECLINED', 'INVITED']);
    expect([...ASSIGNMENT_REPLACEABLE].sort()).toEqual(['DECLINED', 'WITHDRAWN']);
  });

  it('says in Chinese why a change is not possible now', () => {
    expect(decideAssignmentTransition('CONFIRMED', 'decline', 'INVITEE')).toMatchObject({
      message: '该邀请当前为“已确认”，不能再答复',
    });
    expect(decideAssignmentTransition('INVITED', 'replace', 'DISPATCHER')).toMatchObject({
      message: '该席位当前为“已邀请”，只有已婉拒或已撤回的席位可以替换',
    });
  });
});
