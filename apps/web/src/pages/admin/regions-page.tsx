// 地区管理 (ADMIN): which counties are 乡村振兴重点帮扶县, and the 对口帮扶 partnerships through which a province's
// dispatchers also serve regions elsewhere.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Flex, Popconfirm, Select, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import { RegionCascader } from '../../components/region-cascader';
import {
  AdminRegionPartnershipsDocument,
  AdminSetKeyAssistanceDocument,
  AdminSetPartnershipDocument,
  type KeyAssistance,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { errorMessage } from '../../lib/graphql-errors';
import { ResponsiveTable } from './components/responsive-table';
import './admin.css';

export function RegionsPage() {
  const { message } = App.useApp();
  const catalog = useCatalog();
  const { data, loading, error, refetch } = useQuery(AdminRegionPartnershipsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [setKey, keyState] = useMutation(AdminSetKeyAssistanceDocument);
  const [setPartner, partnerState] = useMutation(AdminSetPartnershipDocument);
  const [county, setCounty] = useState<string | undefined>();
  const [level, setLevel] = useState<KeyAssistance>('NATIONAL');
  const [serving, setServing] = useState<string | undefined>();
  const [served, setServed] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setFailure(null);
    try {
      await work();
      message.success(done);
      await refetch();
    } catch (e) {
      setFailure(errorMessage(e, '保存失败'));
    }
  };

  return (
    <>
      <PageHeader
        title="地区管理"
        subTitle="乡村振兴重点帮扶县；对口帮扶关系（帮扶省份的省厅派单员同时服务受援地区）"
      />
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 12 }} />}
      <Flex vertical gap={16}>
        <Card size="small" title="重点帮扶县">
          <div className="admin-toolbar">
            <RegionCascader value={county} onChange={setCounty} />
            <Select<KeyAssistance>
              value={level}
              onChange={setLevel}
              style={{ width: 200 }}
              options={catalog.options('keyAssistance') as { value: KeyAssistance; label: string }[]}
              aria-label="帮扶类型"
            />
            <Button
              type="primary"
              disabled={!county}
              loading={keyState.loading}
              onClick={() =>
                county &&
                void act(() => setKey({ variables: { code: county, keyAssistance: level } }), '已设置')
              }
            >
              设置
            </Button>
          </div>
          <ResponsiveTable
            testId="key-assistance-table"
            rows={data?.keyAssistanceCounties ?? []}
            loading={loading && !data}
            rowKey={(c) => c.code}
            empty="还没有设置重点帮扶县：选择区县和类型后点“设置”"
            cardTitle={(c) => c.name}
            columns={[
              { key: 'name', title: '区县', render: (c) => `${c.name}（${c.code}）`, hideOnPhone: true },
              {
                key: 'level',
                title: '类型',
                render: (c) => <Tag color="orange">{catalog.label('keyAssistance', c.keyAssistance)}</Tag>,
              },
              {
                key: 'actions',
                title: '操作',
                render: (c) => (
                  <Popconfirm
                    title={`取消 ${c.name} 的重点帮扶县设置？`}
                    okText="取消设置"
                    cancelText="保留"
                    onConfirm={() =>
                      act(() => setKey({ variables: { code: c.code, keyAssistance: 'NONE' } }), '已取消')
                    }
                  >
                    <Button size="small">取消设置</Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Card>
        <Card size="small" title="对口帮扶关系">
          <div className="admin-toolbar">
            <span>帮扶省份</span>
            <RegionCascader value={serving} onChange={setServing} />
            <span>受援地区</span>
            <RegionCascader value={served} onChange={setServed} />
            <Button
              type="primary"
              disabled={!serving || !served}
              loading={partnerState.loading}
              onClick={() =>
                serving &&
                served &&
                void act(
                  () =>
                    setPartner({ variables: { servingCode: serving, servedCode: served, present: true } }),
                  '已建立对口帮扶关系',
                )
              }
            >
              建立关系
            </Button>
          </div>
          <ResponsiveTable
            testId="partnerships-table"
            rows={data?.regionPartnerships ?? []}
            loading={loading && !data}
            rowKey={(p) => `${p.servingCode}-${p.servedCode}`}
            empty="还没有对口帮扶关系"
            cardTitle={(p) => `${p.servingName} → ${p.servedName}`}
            columns={[
              { key: 'serving', title: '帮扶省份', render: (p) => p.servingName },
              { key: 'served', title: '受援地区', render: (p) => `${p.servedName}（${p.servedCode}）` },
              {
                key: 'actions',
                title: '操作',
                render: (p) => (
                  <Popconfirm
                    title="解除该对口帮扶关系？"
                    okText="解除"
                    cancelText="保留"
                    onConfirm={() =>
                      act(
                        () =>
                          setPartner({
                            variables: {
                              servingCode: p.servingCode,
                              servedCode: p.servedCode,
                              present: false,
                            },
                          }),
                        '已解除',
                      )
                    }
                  >
                    <Button size="small" danger>
                      解除
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Card>
      </Flex>
    </>
  );
}
