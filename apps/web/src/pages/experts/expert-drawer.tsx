// One expert's record. Phone and e-mail come as the server gives them: masked (138****5678) for those who may
// not see them in full.
import { LockOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Grid,
  Input,
  Modal,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import { DeactivateExpertDocument, ExpertDocument, ReactivateExpertDocument } from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

export function ExpertDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: string | null;
  onClose: () => void;
  onEdit: (id: string) => void;
}) {
  const screens = Grid.useBreakpoint();
  const catalog = useCatalog();
  const { account } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(ExpertDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = ['Experts'];
  const [deactivate, deactivating] = useMutation(DeactivateExpertDocument, { refetchQueries });
  const [reactivate, reactivating] = useMutation(ReactivateExpertDocument, { refetchQueries });
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState('');
  const expert = data?.expert;
  // The province and the bureaus read the yearly service record of the experts they manage (a bureau reading
  // another region's expert sees the record masked, without it).
  const mayReadRecord =
    account?.role === 'PROVINCE' ||
    account?.role === 'ADMIN' ||
    (account?.role === 'LOCAL' && !!expert && !expert.contactMasked);
  // The server decides who may change this expert (ADMIN, or the PROVINCE whose region holds the expert).
  const canEdit = !!expert?.canEdit;
  const outOfScope =
    !!expert && !expert.canEdit && (account?.role === 'PROVINCE' || account?.role === 'ADMIN');

  const doDeactivate = async () => {
    if (!expert) return;
    try {
      await deactivate({ variables: { id: expert.id, reason: reason.trim() || null } });
      message.success(`已停用 ${expert.name}，该专家不再参与匹配`);
      setAskReason(false);
      setReason('');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const doReactivate = async () => {
    if (!expert) return;
    try {
      await reactivate({ variables: { id: expert.id } });
      message.success(`已重新启用 ${expert.name}`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer
      title={expert ? `${expert.name} · ${expert.title}` : '专家信息'}
      open={!!id}
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      extra={
        expert && (canEdit || mayReadRecord) ? (
          <Space>
            {mayReadRecord && (
              <Button type="link" onClick={() => navigate(`/experts/${expert.id}/record`)}>
                服务记录
              </Button>
            )}
            {canEdit && <Button onClick={() => onEdit(expert.id)}>编辑</Button>}
            {canEdit &&
              (expert.status === 'ACTIVE' ? (
                <Button danger onClick={() => setAskReason(true)}>
                  停用
                </Button>
              ) : (
                <Button loading={reactivating.loading} onClick={() => void doReactivate()}>
                  重新启用
                </Button>
              ))}
          </Space>
        ) : null
      }
    >
      {!expert && loading ? (
        <LoadingBlock />
      ) : !expert ? (
        error ? (
          <ErrorBlock error={error} onRetry={() => void refetch()} />
        ) : null
      ) : (
        <Flex vertical gap={16}>
          {expert.status === 'INACTIVE' && (
            <Alert type="warning" showIcon title="该专家已停用，不参与匹配和派单" />
          )}
          {outOfScope && (
            <Alert
              type="info"
              showIcon
              data-testid="expert-out-of-scope"
              title="该专家不在您的管辖范围内"
              description="可以查看和选派，但信息由专家所在地区的主管部门维护；如需修改，请联系该地区主管部门或系统管理员。"
            />
          )}
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: 136, whiteSpace: 'nowrap' } }}
            items={[
              { key: 'name', label: '姓名', children: expert.name },
              { key: 'gender', label: '性别', children: catalog.label('genders', expert.gender) || '—' },
              { key: 'employer', label: '工作单位', children: expert.employer },
              {
                key: 'title',
                label: '职称',
                children: `${expert.title}（${catalog.label('titleLevels', expert.titleLevel)}）`,
              },
              {
                key: 'fields',
                label: '服务领域',
                children: expert.fields.map((f) => catalog.label('fields', f)).join('、') || '—',
              },
              {
                key: 'specialties',
                label: '研究方向/专长',
                children: <span className="pre-wrap">{expert.specialties || '—'}</span>,
              },
              {
                key: 'honours',
                label: '人才称号',
                children: expert.honours.length ? (
                  <Space size={[4, 4]} wrap>
                    {expert.honours.map((h) => (
                      <Tag key={h} color="gold">
                        {catalog.label('honours', h)}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  '—'
                ),
              },
              { key: 'region', label: '所在地区', children: expert.region?.name ?? expert.regionCode },
              { key: 'source', label: '专家来源', children: catalog.label('expertSources', expert.source) },
              { key: 'retired', label: '是否退休', children: expert.retired ? '是' : '否' },
              {
                key: 'phone',
                label: '手机',
                children: <span data-testid="expert-phone">{expert.phone || '—'}</span>,
              },
              { key: 'email', label: '邮箱', children: expert.email || '—' },
              { key: 'cap', label: '年度服务天数上限', children: `${expert.annualCapDays} 天` },
              { key: 'status', label: '状态', children: catalog.label('expertStatuses', expert.status) },
              { key: 'updated', label: '更新时间', children: formatDateTime(expert.updatedAt) },
            ]}
          />
          {expert.contactMasked && (
            <Typography.Text type="secondary">
              <LockOutlined />{' '}
              手机和邮箱已脱敏：仅专家本人、省厅派单员和专家所在地的属地人社局可查看完整联系方式。
            </Typography.Text>
          )}
        </Flex>
      )}
      <Modal
        title={expert ? `停用专家：${expert.name}` : '停用专家'}
        open={askReason}
        onCancel={() => setAskReason(false)}
        onOk={() => void doDeactivate()}
        okText="确认停用"
        okButtonProps={{ danger: true }}
        cancelText="返回"
        confirmLoading={deactivating.loading}
      >
        <Typography.Paragraph>
          停用后该专家不再参与匹配和派单，已有记录保留，可随时重新启用。
        </Typography.Paragraph>
        <label htmlFor="deactivate-reason" className="field-label">
          停用原因（可选）
        </label>
        <Input.TextArea
          id="deactivate-reason"
          rows={3}
          maxLength={200}
          showCount
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Drawer>
  );
}
