// Time left at a demand's current step: red when overdue.
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { STEP_TIME_LIMITS, type DemandStatus } from '@app/domain';
import { Typography } from 'antd';
import { timeLeft } from '../lib/format';

export function DueText({
  dueAt,
  overdue,
  status,
}: {
  dueAt: string | null | undefined;
  overdue: boolean;
  /** With the status, the text names who the demand waits on (等待属地人社局受理 · 剩 3 天). */
  status?: DemandStatus;
}) {
  const left = timeLeft(dueAt, overdue);
  if (!left) return null;
  const waitsOn = status ? STEP_TIME_LIMITS[status]?.waitsOn : undefined;
  return (
    <Typography.Text
      type={left.overdue ? 'danger' : left.urgent ? 'warning' : 'secondary'}
      strong={left.overdue}
      className="due-text"
      data-overdue={left.overdue || undefined}
    >
      {left.overdue ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />}{' '}
      {waitsOn ? `等待${waitsOn} · ` : ''}
      {left.text}
    </Typography.Text>
  );
}
