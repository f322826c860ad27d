// 推荐需求 (EXPERT): demands open to volunteers that suit me, best first, with why; 揭榜 with a message.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ConflictList, ReasonTags, ScoreBar } from '../../components/match-view';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  RecommendedDemandsDocument,
  VolunteerDocument,
  type RecommendedDemandsQuery,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { formatPeriod } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';

type Recommended = RecommendedDemandsQuery['recommendedDemands'][number];

export function RecommendedPage() {
  const catalog = useCatalog();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(RecommendedDemandsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [volunteer, { loading: sending }] = useMutation(VolunteerDocument);
  const [target, setTarget] = useState<Recommended['demand'] | null>(null);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<Set<string>>(new Set());
  const items = data?.recommendedDemands ?? [];

  const send = async () => {
    if (!target) return;
    setFailure(null);
    try {
      await volunteer({ variables: { demandId: target.id, message: note.trim() || null } });
      setDone((s) => new Set(s).add(target.id));
      message.success('已揭榜，省厅派单时会看到您的申请');
      setTarget(null);
      setNote('');
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <>
      <PageHeader
        title="推荐需求"
        subTitle="与您的专长、所在地区和时间相匹配的基层需求，按匹配分从高到低。"
      />
      {loading && !data ? (
        <LoadingBlock />
      ) : error && !data ? (
        <ErrorBlock error={error} onRetry={() => void refetch()} />
      ) : items.length === 0 ? (
        <EmptyBlock description="暂时没有适合您的需求" />
      ) : (
        <Flex vertical gap={12}>
          {items.map(({ demand, score, reasons, conflicts }) => (
            <Card key={demand.id} size="small" data-testid="recommended-demand" data-code={demand.code}>
              <Flex vertical gap={6}>
                <Link to={`/demands/${demand.id}`} className="demand-card__title">
                  {demand.title}
                </Link>
                <Typography.Text type="secondary">
                  {[
                    demand.organization?.name,
                    demand.region?.name,
                    formatPeriod(demand.startDate, demand.endDate),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
                <Space size={[4, 4]} wrap>
                  {demand.fields.map((f) => (
                    <Tag key={f} variant="outlined">
                      {catalog.label('fields', f)}
                    </Tag>
                  ))}
                  <Tag>需 {demand.expertsWanted} 位专家</Tag>
                </Space>
                <ScoreBar score={score} />
                <ReasonTags reasons={reasons} />
                <ConflictList conflicts={conflicts} />
                <div>
                  {done.has(demand.id) ? (
                    <Tag color="green">已揭榜</Tag>
                  ) : (
                    <Button type="primary" onClick={() => setTarget(demand)}>
                      揭榜
                    </Button>
                  )}
                </div>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
      <Modal
        open={!!target}
        title={`揭榜：${target?.title ?? ''}`}
        okText="确认揭榜"
        confirmLoading={sending}
        onOk={() => void send()}
        onCancel={() => {
          setTarget(null);
          setFailure(null);
        }}
        destroyOnHidden
      >
        <Form layout="vertical" component="div">
          <Form.Item label="给省厅的留言（可选）">
            <Input.TextArea
              aria-label="揭榜留言"
              rows={3}
              maxLength={500}
              showCount
              value={note}
              placeholder="如：曾在当地开展过同类指导，服务期内可全程到岗"
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
        </Form>
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
      </Modal>
    </>
  );
}
