// A table that becomes label/value rows on a phone: below 768 px each record is a card and each cell a line
// "列名 值", so nothing scrolls sideways. The DOM stays the table's (same rows, cells and test ids); only the
// layout changes, by CSS keyed on each cell's `data-label` (the column's title, or `mobileLabel`).
import { Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { isValidElement, type ReactNode } from 'react';
import './responsive.css';

export type ResponsiveColumn<T> = ColumnType<T> & {
  /** The label shown before the value on a phone, when the title is not plain text. */
  mobileLabel?: string;
};

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

export interface ResponsiveTableProps<T> extends Omit<TableProps<T>, 'columns'> {
  columns: ResponsiveColumn<T>[];
}

export function ResponsiveTable<T extends object>({ columns, className, ...rest }: ResponsiveTableProps<T>) {
  const labelled = columns.map(({ mobileLabel, ...column }) => {
    const label = mobileLabel ?? textOf(column.title as ReactNode);
    const onCell = column.onCell;
    return {
      ...column,
      onCell: (record: T, index?: number) =>
        ({ ...(onCell?.(record, index) ?? {}), 'data-label': label }) as ReturnType<
          NonNullable<ColumnType<T>['onCell']>
        >,
    };
  });
  return (
    <Table<T>
      {...rest}
      columns={labelled}
      className={['responsive-table', className].filter(Boolean).join(' ')}
    />
  );
}
