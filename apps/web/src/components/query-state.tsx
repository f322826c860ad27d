// Loading, failure and emptiness of a list or page, said the same way everywhere.
import { Alert, Button, Empty, Skeleton, Spin } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/graphql-errors';

export function LoadingBlock({ label = '正在加载…' }: { label?: string }) {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin description={label} />
    </div>
  );
}

/** What a list or chart looks like while its data is on the way: grey lines, never an empty state. */
export function SkeletonBlock({ label = '正在加载…', rows = 4 }: { label?: string; rows?: number }) {
  return (
    <div className="skeleton-block" role="status" aria-live="polite" aria-label={label} data-testid="loading">
      <Skeleton active title={false} paragraph={{ rows }} />
    </div>
  );
}

export function ErrorBlock({
  error,
  title = '加载失败',
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={errorMessage(error, '请检查网络后重试')}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        )
      }
    />
  );
}

export function EmptyBlock({ description, children }: { description: ReactNode; children?: ReactNode }) {
  return (
    <Empty className="empty-block" description={description}>
      {children}
    </Empty>
  );
}
