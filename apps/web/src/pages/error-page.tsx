// "页面出错了": shown by the router when a page throws, and by the outermost error boundary.
import { Button, Result, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFoundPage } from './not-found-page';

/** A newer build replaced the page's code while it was open: a reload fixes it. */
function isStaleBundle(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error ?? '');
  return /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(message);
}

export function ErrorPage({ error }: { error?: unknown }) {
  const detail = error instanceof Error ? error.message : error ? String(error) : '';
  return (
    <Result
      status="error"
      title="页面出错了"
      subTitle={
        isStaleBundle(error)
          ? '平台可能刚刚完成更新，请刷新页面后继续使用。'
          : '页面遇到了意外问题，您填写的内容可能没有保存。请先刷新页面重试；如果问题仍然存在，请返回首页，或将下方错误信息告知系统管理员。'
      }
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>,
        // A full navigation: the app's own state may be what failed.
        <Button key="home" onClick={() => window.location.assign('/')}>
          返回首页
        </Button>,
      ]}
    >
      {detail && (
        <Typography.Paragraph type="secondary" className="error-page__detail">
          错误信息：<Typography.Text code>{detail}</Typography.Text>
        </Typography.Paragraph>
      )}
    </Result>
  );
}

/** `errorElement` of the routes. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorPage error={isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error} />;
}

interface BoundaryState {
  error: unknown;
}

/** Catches what the router cannot (errors in the providers around it). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error ?? new Error('未知错误') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('页面出错了', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return <ErrorPage error={this.state.error} />;
    return this.props.children;
  }
}
