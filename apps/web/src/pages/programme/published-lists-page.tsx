// /lists/:year — public, no sign-in: the year's published lists of national and municipal projects, as annexes 1
// and 2 of the 2026 notice print them, with the workbook to download.
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Button, Empty, InputNumber, Space, Spin, Typography } from 'antd';
import { ResponsiveTable } from '../../components/responsive-table';
import { useNavigate, useParams } from 'react-router-dom';
import { usePageTitle } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import {
  ExportPublishedProgrammeListsDocument,
  PublishedProgrammeListsDocument,
} from '../../graphql/operations';
import { downloadBase64 } from '../../lib/download';
import './programme.css';

interface Entry {
  kind: string;
  name: string;
  unit: string;
}

function ListTable({ title, rows }: { title: string; rows: Entry[] }) {
  return (
    <>
      <Typography.Title level={3}>{title}</Typography.Title>
      <ResponsiveTable<Entry & { i: number }>
        rowKey="i"
        size="small"
        pagination={false}
        locale={{ emptyText: '无' }}
        dataSource={rows.map((r, i) => ({ ...r, i: i + 1 }))}
        columns={[
          { title: '序号', dataIndex: 'i', width: 70 },
          { title: '类别', dataIndex: 'kind', width: 90 },
          { title: '名称', dataIndex: 'name' },
          { title: '单位', dataIndex: 'unit' },
        ]}
      />
    </>
  );
}

export function PublishedListsPage() {
  const params = useParams();
  const navigate = useNavigate();
  const year = Number(params.year) || new Date().getFullYear();
  usePageTitle(`${year}年专家服务基层项目名单`);
  const { data, loading, error } = useQuery(PublishedProgrammeListsDocument, { variables: { year } });
  const [download, { loading: downloading }] = useLazyQuery(ExportPublishedProgrammeListsDocument, {
    fetchPolicy: 'network-only',
  });
  const lists = data?.publishedProgrammeLists;
  return (
    <div className="published-lists">
      <Typography.Title level={2}>{year}年国家和本市专家服务基层项目名单</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>年度</span>
        <InputNumber
          aria-label="年度"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && navigate(`/lists/${v}`)}
        />
        {lists && (
          <Button
            loading={downloading}
            onClick={async () => {
              const f = (await download({ variables: { year } })).data?.exportPublishedProgrammeLists;
              if (f) downloadBase64(f.fileName, f.mimeType, f.contentBase64);
            }}
          >
            下载名单（xlsx）
          </Button>
        )}
      </Space>
      {loading && <Spin />}
      {error && <ErrorBlock error={error} />}
      {!loading && !error && !lists && <Empty description={`${year} 年的名单尚未公布`} />}
      {lists && (
        <>
          <ListTable title={`附件 1  ${year} 年国家级专家服务基层项目名单`} rows={lists.national} />
          <ListTable title={`附件 2  ${year} 年市级专家服务基层项目名单`} rows={lists.municipal} />
        </>
      )}
    </div>
  );
}
