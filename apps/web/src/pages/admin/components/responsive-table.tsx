// A table on wide screens, label/value cards on phones (no page ever scrolls sideways): the admin lists use it.
import { Card, Empty, Grid, Table, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';

export interface ResponsiveColumn<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
  width?: number;
  /** Left out of the phone card (e.g. a column the card's title already shows). */
  hideOnPhone?: boolean;
}

export function ResponsiveTable<T>({
  rows,
  columns,
  rowKey,
  loading,
  empty,
  cardTitle,
  testId,
}: {
  rows: readonly T[];
  columns: ResponsiveColumn<T>[];
  rowKey: (row: T) => string;
  loading?: boolean;
  empty: ReactNode;
  cardTitle?: (row: T) => ReactNode;
  testId?: string;
}) {
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  if (phone) {
    if (!loading && rows.length === 0) return <Empty description={empty} data-testid={testId} />;
    return (
      <div className="admin-cards" data-testid={testId}>
        {rows.map((row) => (
          <Card
            key={rowKey(row)}
            size="small"
            title={cardTitle?.(row)}
            className="admin-card"
            loading={loading}
          >
            <dl className="admin-card__rows">
              {columns
                .filter((c) => !c.hideOnPhone)
                .map((c) => (
                  <div key={c.key} className="admin-card__row">
                    <dt>{c.title}</dt>
                    <dd>{c.render(row)}</dd>
                  </div>
                ))}
            </dl>
          </Card>
        ))}
      </div>
    );
  }
  const tableColumns: TableColumnType<T>[] = columns.map((c) => ({
    key: c.key,
    title: c.title,
    width: c.width,
    render: (_: unknown, row: T) => c.render(row),
  }));
  return (
    <Table<T>
      data-testid={testId}
      rowKey={(row) => rowKey(row)}
      dataSource={rows as T[]}
      columns={tableColumns}
      loading={loading}
      size="middle"
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty description={empty} /> }}
      scroll={{ x: 'max-content' }}
    />
  );
}
