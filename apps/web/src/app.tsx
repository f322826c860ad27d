// Providers around the router: Ant Design in Chinese, Apollo Client, the signed-in account.
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router-dom';
import { AuthProvider } from './auth/auth-context';
import { apolloClient } from './lib/apollo-client';
import { AppErrorBoundary } from './pages/error-page';
import { router } from './routes/router';
import { theme } from './theme';

dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <AppErrorBoundary>
          <ApolloProvider client={apolloClient}>
            <AuthProvider>
              <RouterProvider router={router} />
            </AuthProvider>
          </ApolloProvider>
        </AppErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
