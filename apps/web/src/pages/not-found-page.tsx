// Any path the app does not know.
import { Result } from 'antd';
import { BackHomeButton } from '../components/back-home-button';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="404"
      subTitle="抱歉，您访问的页面不存在，可能链接有误或页面已被移除。"
      extra={<BackHomeButton />}
    />
  );
}

export default NotFoundPage;
