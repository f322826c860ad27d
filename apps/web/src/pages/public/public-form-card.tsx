// The card a newcomer fills in before signing in (单位注册, 专家认领): a title, a line on what happens next, the
// server's refusal as a banner, and once done a result that leads to the sign-in page.
import { Alert, Button, Card, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

export function PublicFormCard({
  title,
  intro,
  banner,
  bannerTestId,
  done,
  children,
}: {
  title: string;
  intro: ReactNode;
  banner: string | null;
  bannerTestId: string;
  /** Set once the form went through: what the person is told, and the sign-in button's label. */
  done: { title: string; subTitle: string; login: string } | null;
  children: ReactNode;
}) {
  return (
    <main className="public-page">
      <Card
        className="public-page__card"
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
        }
      >
        {done ? (
          <Result
            status="success"
            title={done.title}
            subTitle={done.subTitle}
            extra={
              <Link to="/login">
                <Button type="primary">{done.login}</Button>
              </Link>
            }
          />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
            {banner && (
              <Alert
                type="error"
                showIcon
                title={banner}
                role="alert"
                style={{ marginBottom: 12 }}
                data-testid={bannerTestId}
              />
            )}
            {children}
          </>
        )}
      </Card>
    </main>
  );
}
