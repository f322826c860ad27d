import { Button, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router-dom';

/** 返回首页, inside the single-page app. */
export function BackHomeButton({ type = 'primary' }: { type?: ButtonProps['type'] }) {
  const navigate = useNavigate();
  return (
    <Button type={type} onClick={() => navigate('/')}>
      返回首页
    </Button>
  );
}
