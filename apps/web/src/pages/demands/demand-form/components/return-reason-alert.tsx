// Why the bureau returned the demand, above the form the unit corrects.
import { Alert, Typography } from 'antd';
import type { DemandHistoryItem } from '../../../../graphql/operations';
import { formatDateTime } from '../../../../lib/format';

export function ReturnReasonAlert({ entry }: { entry: DemandHistoryItem }) {
  return (
    <Alert
      className="form-page__alert"
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
