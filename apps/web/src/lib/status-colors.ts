// One hex colour per demand status, for bars and charts (tags use antd's named colours in status-tag.tsx).
import type { DemandStatus } from '../graphql/operations';

export const STATUS_HEX: Record<DemandStatus, string> = {
  DRAFT: '#bfbfbf',
  SUBMITTED: '#1f5fbf',
  RETURNED: '#fa8c16',
  REJECTED: '#cf1322',
  ACCEPTED: '#13a8a8',
  DISPATCHED: '#2f54eb',
  IN_SERVICE: '#722ed1',
  DELIVERED: '#52c41a',
  EVALUATED: '#389e0d',
  CANCELLED: '#8c8c8c',
};
