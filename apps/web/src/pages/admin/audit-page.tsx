// 审计日志 (ADMIN): every sign-in and change, filtered by who, what action, which object and when; the filtered
// log can be exported as xlsx (itself audited).
import { useApolloClient, useQuery } from '@apollo/client/react';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Grid, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import {
  AdminAuditLogDocument,
  AdminExportAuditLogDocument,
  type AdminAuditLogQuery,
  type AuditFilterInput,
} from '../../graphql/operations';
import { downloadBase64 } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { ResponsiveTable } from './components/responsive-table';
import './admin.css';

type Entry = AdminAuditLogQuery['auditLog']['nodes'][number];
const PAGE = 50;

export function AuditPage() {
  const client = useApolloClient();
  const screens = Grid.useBreakpoint();
  const [draft, setDraft] = useState<{
    actor: string;
    action: string;
    entityType: string;
    entityId: string;
    from: Dayjs | null;
    to: Dayjs | null;
  }>({
    actor: '',
    action: '',
    entityType: '',
    entityId: '',
    from: null,
    to: null,
  });
  const [filter, setFilter] = useState<AuditFilterInput>({});
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminAuditLogDocument, {
    variables: { filter, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const apply = () => {
    setFilter({
      actorUsername: draft.actor.trim() || null,
      action: draft.action.trim() || null,
      entityType: draft.entityType.trim() || null,
      entityId: draft.entityId.trim() || null,
      from: draft.from ? draft.from.startOf('day').toISOString() : null,
      to: draft.to ? draft.to.add(1, 'day').startOf('day').toISOString() : null,
    });
  };
  const exportXlsx = async () => {
    setExporting(true);
    setFailure(null);
    try {
      const { data: file } = await client.query({
        query: AdminExportAuditLogDocument,
        variables: { filter },
        fetchPolicy: 'network-only',
      });
      if (file)
        downloadBase64(
          file.exportAuditLog.fileName,
          file.exportAuditLog.mimeType,
          file.exportAuditLog.contentBase64,
        );
    } catch (e) {
      setFailure(errorMessage(e, '导出失败'));
    } finally {
      setExporting(false);
    }
  };
  const log = data?.auditLog;
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [k]: e.target.value }));

  return (
    <>
      <PageHeader
        title="审计日志"
        subTitle="登录与每一次变更：谁、何时、对什么对象做了什么"
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            导出 Excel
          </Button>
        }
      />
      <form
        className="admin-toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <Input
          placeholder="操作人用户名"
          value={draft.actor}
          onChange={set('actor')}
          style={{ width: 150 }}
          aria-label="操作人"
        />
        <Input
          placeholder="动作，如 account.create"
          value={draft.action}
          onChange={set('action')}
          style={{ width: 190 }}
          aria-label="动作"
        />
        <Input
          placeholder="对象类型，如 account"
          value={draft.entityType}
          onChange={set('entityType')}
          style={{ width: 170 }}
          aria-label="对象类型"
        />
        <Input
          placeholder="对象标识"
          value={draft.entityId}
          onChange={set('entityId')}
          style={{ width: 170 }}
          aria-label="对象标识"
        />
        {/* Two single-month pickers rather than a range picker: both fit a 375 px screen. */}
        <DatePicker
          placeholder="开始日期"
          value={draft.from}
          onChange={(v) => setDraft((d) => ({ ...d, from: v }))}
          aria-label="开始日期"
          inputReadOnly={screens.md === false}
        />
        <DatePicker
          placeholder="结束日期"
          value={draft.to}
          onChange={(v) => setDraft((d) => ({ ...d, to: v }))}
          aria-label="结束日期"
          inputReadOnly={screens.md === false}
        />
        <Button type="primary" htmlType="submit">
          筛选
        </Button>
      </form>
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 12 }} />}
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      {log && (
        <Typography.Paragraph type="secondary" data-testid="audit-count">
          共 {log.totalCount} 条
        </Typography.Paragraph>
      )}
      <ResponsiveTable<Entry>
        testId="audit-table"
        rows={log?.nodes ?? []}
        loading={loading && !data}
        rowKey={(e) => e.id}
        empty="没有符合条件的记录"
        cardTitle={(e) => `${formatDateTime(e.at)} · ${e.action}`}
        columns={[
          { key: 'at', title: '时间', render: (e) => formatDateTime(e.at), hideOnPhone: true },
          { key: 'actor', title: '操作人', render: (e) => e.actorUsername },
          { key: 'action', title: '动作', render: (e) => e.action, hideOnPhone: true },
          {
            key: 'entity',
            title: '对象',
            // Ids are long: the first 8 characters tell rows apart; the whole id is in the tooltip and the export.
            render: (e) => (
              <span
                title={e.entityId ?? undefined}
              >{`${e.entityType}${e.entityId ? ` · ${e.entityId.length > 12 ? e.entityId.slice(0, 8) + '…' : e.entityId}` : ''}`}</span>
            ),
          },
          {
            key: 'after',
            title: '内容',
            render: (e) => <div className="admin-json">{(e.after ?? e.before ?? '').slice(0, 300)}</div>,
          },
          { key: 'ip', title: 'IP', render: (e) => e.ip ?? '—' },
        ]}
      />
      {log?.pageInfo.hasNextPage && (
        <Button
          style={{ marginTop: 12 }}
          onClick={() =>
            void fetchMore({
              variables: { after: log.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                auditLog: {
                  ...fetchMoreResult.auditLog,
                  nodes: [...prev.auditLog.nodes, ...fetchMoreResult.auditLog.nodes],
                },
              }),
            })
          }
        >
          加载更多
        </Button>
      )}
    </>
  );
}
