// The heading of a page: sets the document title and takes the keyboard focus after a navigation, so screen
// readers announce the new page and Tab starts from its top.
import { Flex, Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';

const PRODUCT = '专家服务基层 · 点餐式服务平台';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} - ${PRODUCT}` : PRODUCT;
    return () => {
      document.title = PRODUCT;
    };
  }, [title]);
}

export function PageHeader({
  title,
  subTitle,
  extra,
  back,
}: {
  title: string;
  subTitle?: ReactNode;
  extra?: ReactNode;
  back?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className="page-header">
      {back}
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <div className="page-header__text">
          <Typography.Title level={1} className="page-header__title" ref={heading} tabIndex={-1}>
            {title}
          </Typography.Title>
          {subTitle && (
            <Typography.Paragraph type="secondary" className="page-header__sub">
              {subTitle}
            </Typography.Paragraph>
          )}
        </div>
        {extra && (
          <Flex gap={8} wrap className="page-header__extra">
            {extra}
          </Flex>
        )}
      </Flex>
    </div>
  );
}
