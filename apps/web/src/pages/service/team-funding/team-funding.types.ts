// What the funding tab's parts share: the team they are about and how an amount is written.
import type { FundingItemFragment, TeamDetailFragment } from '../../../graphql/operations';

export type FundingTeam = Pick<TeamDetailFragment, 'id' | 'level' | 'canLogBatches'>;
export type { FundingItemFragment };

export const yuan = (n: number) => `${n.toLocaleString('zh-CN')} 元`;
