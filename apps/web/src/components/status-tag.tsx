// A demand's status as a coloured tag with its Chinese label from the catalog.
import { Tag } from 'antd';
import type { DemandStatus } from '../graphql/operations';
import { useCatalog } from '../lib/catalog';

export const STATUS_COLORS: Record<DemandStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  REJECTED: 'error',
  ACCEPTED: 'cyan',
  DISPATCHED: 'geekblue',
  IN_SERVICE: 'purple',
  DELIVERED: 'success',
  EVALUATED: 'green',
  CANCELLED: 'default',
};

export function StatusTag({ status }: { status: DemandStatus }) {
  const catalog = useCatalog();
  return (
    <Tag color={STATUS_COLORS[status]} className="status-tag" data-status={status}>
      {catalog.label('demandStatuses', status)}
    </Tag>
  );
}
