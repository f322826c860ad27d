// Guards the signed-in part of the app: no token → /login; `me` loading → spinner; `me` failed → retry.
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { errorMessage } from '../lib/graphql-errors';
import { useAuth } from './auth-context';

/** What the login page is told when the guard sends someone there. */
export interface LoginLocationState {
  /** Where to go back to after signing in. */
  from?: string;
  /** The server ended the session (shown as a hint on the login page). */
  expired?: boolean;
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();

  if (!auth.token) {
    // Signing out on purpose starts afresh at "/"; otherwise come back here after signing in.
    const state: LoginLocationState | undefined =
      auth.endReason === 'signed-out'
        ? undefined
        : { from: `${location.pathname}${location.search}`, expired: auth.endReason === 'expired' };
    return <Navigate to="/login" replace state={state} />;
  }
  if (auth.account) return <>{children}</>;
  if (auth.error) {
    return (
      <Result
        status="warning"
        title="无法获取账号信息"
        subTitle={errorMessage(auth.error, '请检查网络后重试')}
        extra={[
          <Button key="retry" type="primary" onClick={auth.refetch}>
            重试
          </Button>,
          <Button key="logout" onClick={auth.signOut}>
            重新登录
          </Button>,
        ]}
      />
    );
  }
  return <FullPageSpin />;
}

export function FullPageSpin() {
  return (
    <div className="full-page-center">
      <Spin size="large" description="正在加载…" />
    </div>
  );
}
