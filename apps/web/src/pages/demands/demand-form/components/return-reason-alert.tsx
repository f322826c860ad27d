// Why the bureau returned the demand: above the form the unit corrects, and on the demand's page.
import { Alert, Typography } from 'antd';
import type { DemandHistoryItem } from '../../../../graphql/operations';
import { formatDateTime } from '../../../../lib/format';

/** `className` defaults to the form page's spacing; the demand page lays it out in its own column. */
export function ReturnReasonAlert({
  entry,
  className = 'form-page__alert',
}: {
  entry: DemandHistoryItem;
  className?: string;
}) {
  return (
    <Alert
      className={className}
      type="warning"
      showIcon
      role="alert"
      data-testid="return-reason"
      title="属地人社局退回了这条需求，请按意见修改后重新提交"
      description={
        <>
          <div className="return-reason__text">{entry.note}</div>
          <Typography.Text type="secondary">
            {entry.actorName} · {formatDateTime(entry.at)}
          </Typography.Text>
        </>
      }
    />
  );
}
