// The web app's GraphQL operations: the documents live in ./*.graphql and their types are generated from the
// committed schema.gql into ../gql/ (`npm run codegen:web`). Import documents and types from here.
import type {
  DemandDetailFragment,
  DemandListItemFragment,
  ExpertDetailFragment,
  ExpertsQuery,
  ExportJobStateFragment,
  ImportJobStateFragment,
  MeQuery,
  NotificationsQuery,
} from '../gql/graphql';

export * from '../gql/graphql';

/** The signed-in account as `me` returns it. */
export type CurrentAccount = MeQuery['me'];
export type NotificationItem = NotificationsQuery['notifications'][number];
export type DemandListItem = DemandListItemFragment;
export type DemandDetail = DemandDetailFragment;
export type DemandHistoryItem = DemandDetailFragment['history'][number];
export type ExpertHitItem = ExpertsQuery['experts']['hits'][number];
export type ExpertFacets = ExpertsQuery['experts']['facets'];
export type ExpertDetail = ExpertDetailFragment;
export type ImportJobState = ImportJobStateFragment;
export type ExportJobState = ExportJobStateFragment;
