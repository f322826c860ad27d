// The team being composed in 派单: a lead and members, picked from the candidates. Pure functions, so the
// composer's rules (one lead; the old lead becomes a member; no one twice; a held-back candidate is never picked)
// are tested without a browser (test/web/team-picks.spec.ts). Nothing imported: the server's types stay in
// the components.

export interface TeamPick {
  id: string;
  name: string;
  title?: string | null;
  /** The expert's fields (catalog values): what the team covers. */
  fields: readonly string[];
}

export interface TeamPicks {
  lead: TeamPick | null;
  members: TeamPick[];
}

/** A candidate as the composer keeps it. */
export const pickOf = (m: { expert: TeamPick }): TeamPick => ({
  id: m.expert.id,
  name: m.expert.name,
  title: m.expert.title,
  fields: m.expert.fields,
});

/** `p` leads; the former lead, if another, becomes a member. */
export function withLead(team: TeamPicks, p: TeamPick): TeamPicks {
  const rest = team.members.filter((m) => m.id !== p.id);
  return { lead: p, members: team.lead && team.lead.id !== p.id ? [...rest, team.lead] : rest };
}

/** `p` joins as a member (once; not the lead). */
export function withMember(team: TeamPicks, p: TeamPick): TeamPicks {
  if (team.lead?.id === p.id || team.members.some((m) => m.id === p.id)) return team;
  return { ...team, members: [...team.members, p] };
}

export function withoutMember(team: TeamPicks, p: TeamPick): TeamPicks {
  return { ...team, members: team.members.filter((m) => m.id !== p.id) };
}

export function inTeam(team: TeamPicks, id: string): boolean {
  return team.lead?.id === id || team.members.some((m) => m.id === id);
}

/**
 * The demand's fields the composed team does not serve, split by whether the library has an eligible expert for
 * them (the server's `uncoveredFields` names those it has not): the dispatcher can still add someone for the first
 * kind, not for the second.
 */
export function coverageGaps<F extends string>(
  demandFields: readonly F[],
  team: TeamPicks,
  libraryUncovered: readonly F[],
) {
  const picked = team.lead ? [team.lead, ...team.members] : team.members;
  const open = demandFields.filter((f) => !picked.some((p) => p.fields.includes(f)));
  return {
    teamOnly: open.filter((f) => !libraryUncovered.includes(f)),
    library: open.filter((f) => libraryUncovered.includes(f)),
  };
}
