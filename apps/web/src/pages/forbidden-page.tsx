// A page that exists, but not for the signed-in role.
import { Result } from 'antd';
import { BackHomeButton } from '../components/back-home-button';

export function ForbiddenPage() {
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的账号没有访问此页面的权限。如需开通，请联系系统管理员。"
      extra={<BackHomeButton />}
    />
  );
}

export default ForbiddenPage;
