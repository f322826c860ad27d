// One list of the home page: its title and count, its items (one click each to where the item is done), a link to
// the whole list, and a sentence when it is empty.
import { CheckCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Skeleton, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { MyTodosQuery } from '../../../graphql/operations';
import { timeLeft } from '../../../lib/format';

export type TodoSection = MyTodosQuery['myTodos'][number];

export function TodoSectionCard({ section }: { section: TodoSection }) {
  const navigate = useNavigate();
  const more = section.total > section.items.length;
  return (
    <Card
      variant="borderless"
      className="todo-section"
      data-testid={`todo-${section.key}`}
      title={
        <span className="todo-section__title">
          {section.title}
          <Badge
            count={section.total}
            showZero
            color={section.total ? '#fa541c' : '#d9d9d9'}
            overflowCount={999}
          />
        </span>
      }
      extra={
        section.moreLink && (
          <Button type="link" size="small" onClick={() => navigate(section.moreLink!)}>
            {more ? `查看全部 ${section.total} 项` : '查看全部'}
          </Button>
        )
      }
    >
      {section.items.length === 0 ? (
        <div className="todo-section__empty">
          <CheckCircleOutlined /> {section.emptyText}
        </div>
      ) : (
        <ul className="todo-items">
          {section.items.map((item) => {
            const left = timeLeft(item.dueAt, item.overdue);
            return (
              <li key={item.id}>
                <button type="button" className="todo-item" onClick={() => navigate(item.link)}>
                  <span className="todo-item__text">
                    <span className="todo-item__title">{item.title}</span>
                    {item.detail && (
                      <Typography.Text type="secondary" className="todo-item__detail">
                        {item.detail}
                      </Typography.Text>
                    )}
                  </span>
                  {left && (
                    <Tag
                      color={left.overdue ? 'red' : left.urgent ? 'orange' : 'default'}
                      className="todo-item__due"
                    >
                      {left.text}
                    </Tag>
                  )}
                  <RightOutlined className="todo-item__go" aria-hidden />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/** The shape of a list while it loads. */
export function TodoSectionSkeleton() {
  return (
    <Card variant="borderless" className="todo-section">
      <Skeleton active title={{ width: '40%' }} paragraph={{ rows: 4 }} />
    </Card>
  );
}
