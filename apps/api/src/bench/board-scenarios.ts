// The three requests of bench:board and board-ab: the web's board, library search and the dispatch page's ranking,
// as the browser sends them, and the demand matchExperts ranks for.
import { withClient } from './bench-server.js';

/** The web's board query (apps/web/src/components/demand-board.tsx, tab 全部). */
export const BOARD_QUERY = `fragment DemandListItem on Demand {
  id code title status fields serviceForms expertsWanted startDate endDate dueAt overdue submittedAt createdAt updatedAt
  filedByBureau availableActions
  region { code name keyAssistance }
  organization { id name }
}
query Demands($filter: DemandFilter, $first: Int, $after: String) {
  demands(filter: $filter, first: $first, after: $after) {
    totalCount
    countsByStatus { status count }
    nodes { ...DemandListItem }
    pageInfo { endCursor hasNextPage }
  }
}`;
export const BOARD_BODY = JSON.stringify({
  operationName: 'Demands',
  query: BOARD_QUERY,
  variables: { filter: { statuses: null, query: null }, first: 20 },
});

const EXPERT_SUMMARY = `fragment ExpertSummary on Expert {
  id name gender title titleLevel employer fields honours source retired status specialties regionCode
  region { code name }
}`;

/** The web's library search (apps/web/src/graphql/experts.graphql, Experts), with a word. */
export const SEARCH_BODY = JSON.stringify({
  operationName: 'Experts',
  query: `${EXPERT_SUMMARY}
fragment Facet on FacetCount { value label count }
query Experts($query: String, $filter: ExpertFilter, $first: Int, $after: String) {
  experts(query: $query, filter: $filter, first: $first, after: $after) {
    total suggestions
    hits { score highlights expert { ...ExpertSummary } }
    facets {
      fields { ...Facet } titleLevels { ...Facet } honours { ...Facet } sources { ...Facet } regions { ...Facet }
    }
    pageInfo { endCursor hasNextPage }
  }
}`,
  variables: { query: '农业', filter: {}, first: 20 },
});

/** The dispatch page's ranked list (apps/web/src/graphql/dispatch.graphql, ExpertMatchItem). */
export const matchBody = (demandId: string) =>
  JSON.stringify({
    operationName: 'Match',
    query: `${EXPERT_SUMMARY}
fragment MatchReasonItem on MatchReason { code label detail weight }
query Match($demandId: ID!) {
  matchExperts(demandId: $demandId, limit: 20, includeUnavailable: true) {
    score conflicts available unavailableReason unavailableCodes freeFrom
    reasons { ...MatchReasonItem }
    expert { ...ExpertSummary }
  }
}`,
    variables: { demandId },
  });

/** One of the province's submitted demands (the demo's, not a copy of bench growth). */
export async function matchDemandId(url: string): Promise<string | undefined> {
  return withClient(
    url,
    async (c) =>
      (
        await c.query<{ id: string }>(
          `SELECT id FROM demands WHERE status IN ('ACCEPTED', 'SUBMITTED') AND title NOT LIKE '% #%'
            ORDER BY created_at LIMIT 1`,
        )
      ).rows[0]?.id,
  );
}
