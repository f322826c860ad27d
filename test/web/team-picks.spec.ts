import { describe, expect, it } from 'vitest';
import {
  coverageGaps,
  inTeam,
  withLead,
  withMember,
  withoutMember,
  type TeamPick,
  type TeamPicks,
} from '../../apps/web/src/pages/dispatch/team-picks.js';

const a: TeamPick = { id: 'a', name: '甲', fields: ['AGRICULTURE'] };
const b: TeamPick = { id: 'b', name: '乙', fields: ['MEDICAL'] };
const c: TeamPick = { id: 'c', name: '丙', fields: ['AGRICULTURE', 'ECOMMERCE'] };
const EMPTY: TeamPicks = { lead: null, members: [] };

describe('the team being composed', () => {
  it('makes the former lead a member when another leads, and never lists anyone twice', () => {
    let team = withLead(EMPTY, a);
    team = withMember(team, b);
    team = withMember(team, b);
    team = withMember(team, a);
    expect(team).toEqual({ lead: a, members: [b] });
    team = withLead(team, b);
    expect(team).toEqual({ lead: b, members: [a] });
    expect(withLead(team, b)).toEqual(team);
    expect(inTeam(team, 'a')).toBe(true);
    expect(inTeam(withoutMember(team, a), 'a')).toBe(false);
  });

  it('tells the fields the team leaves open apart from those the library cannot serve', () => {
    const team: TeamPicks = { lead: a, members: [] };
    expect(coverageGaps(['AGRICULTURE', 'MEDICAL', 'CULTURE_TOURISM'], team, ['CULTURE_TOURISM'])).toEqual({
      teamOnly: ['MEDICAL'],
      library: ['CULTURE_TOURISM'],
    });
    expect(coverageGaps(['AGRICULTURE', 'ECOMMERCE'], { lead: b, members: [c] }, [])).toEqual({
      teamOnly: [],
      library: [],
    });
  });
});
