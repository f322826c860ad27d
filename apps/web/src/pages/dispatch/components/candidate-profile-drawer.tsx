// A candidate's profile, opened from any candidate of the dispatch page: specialties and standing, whether the
// expert can be picked now (and if not, why and from when), the record of this year (days served, teams) and the
// ratings. Phone and e-mail come as the server gives them: masked for those who may not see them in full.
import { LockOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Descriptions, Drawer, Empty, Flex, Grid, List, Rate, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { ReasonTags, ScoreBar, UnavailableNote } from '../../../components/match-view';
import { LoadingBlock } from '../../../components/query-state';
import { CandidateProfileDocument, type ExpertMatchItemFragment } from '../../../graphql/operations';
import { useCatalog } from '../../../lib/catalog';
import { errorMessage } from '../../../lib/graphql-errors';

export function CandidateProfileDrawer({
  match,
  onClose,
}: {
  match: ExpertMatchItemFragment | null;
  onClose: () => void;
}) {
  const screens = Grid.useBreakpoint();
  const catalog = useCatalog();
  const year = dayjs().year();
  // The record may be refused (a bureau and an expert of another region) while the profile is readable: keep both.
  const { data, loading, error } = useQuery(CandidateProfileDocument, {
    variables: { expertId: match?.expert.id ?? '', year },
    skip: !match,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const expert = data?.expert ?? null;
  const record = data?.expertServiceRecord ?? null;
  const summary = match?.expert;
  return (
    <Drawer
      title={summary ? `${summary.name} · ${summary.title}` : '专家资料'}
      open={!!match}
      onClose={onClose}
      size={screens.md ? 520 : '100%'}
      className="candidate-profile"
      data-testid="candidate-profile"
    >
      {match && summary && (
        <Flex vertical gap={16}>
          {match.available ? (
            <Alert type="success" showIcon title="符合全部硬性条件，可选入服务团" />
          ) : (
            <Alert
              type="warning"
              showIcon
              title="暂不可选入本服务团"
              description={
                <UnavailableNote reason={match.unavailableReason ?? null} freeFrom={match.freeFrom ?? null} />
              }
            />
          )}
          <Flex vertical gap={4}>
            <ScoreBar score={match.score} />
            <ReasonTags reasons={match.reasons} />
          </Flex>
          <Descriptions
            column={1}
            size="small"
            bordered
            styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
            items={[
              { key: 'employer', label: '工作单位', children: summary.employer },
              {
                key: 'title',
                label: '职称',
                children: `${summary.title}（${catalog.label('titleLevels', summary.titleLevel)}）`,
              },
              {
                key: 'fields',
                label: '服务领域',
                children: summary.fields.map((f) => catalog.label('fields', f)).join('、') || '—',
              },
              {
                key: 'specialties',
                label: '研究方向/专长',
                children: (
                  <span className="pre-wrap" data-testid="profile-specialties">
                    {summary.specialties || '—'}
                  </span>
                ),
              },
              {
                key: 'honours',
                label: '人才称号',
                children: summary.honours.length ? (
                  <Space size={[4, 4]} wrap>
                    {summary.honours.map((h) => (
                      <Tag key={h} color="gold">
                        {catalog.label('honours', h)}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  '—'
                ),
              },
              { key: 'region', label: '所在地区', children: summary.region?.name ?? summary.regionCode },
              { key: 'phone', label: '手机', children: expert?.phone || '—' },
              { key: 'email', label: '邮箱', children: expert?.email || '—' },
              {
                key: 'cap',
                label: '年度服务上限',
                children: expert ? `${expert.annualCapDays} 天` : '—',
              },
            ]}
          />
          {expert?.contactMasked && (
            <Typography.Text type="secondary">
              <LockOutlined />{' '}
              手机和邮箱已脱敏：仅专家本人、省厅派单员和专家所在地的属地人社局可查看完整联系方式。
            </Typography.Text>
          )}
          <div data-testid="profile-record">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {year} 年服务记录
            </Typography.Title>
            {loading && !data ? (
              <LoadingBlock label="正在读取服务记录…" />
            ) : !record ? (
              <Typography.Text type="secondary">
                {error ? `无法查看服务记录：${errorMessage(error)}` : '暂无服务记录'}
              </Typography.Text>
            ) : (
              <Flex vertical gap={8}>
                <Space wrap size={16}>
                  <span data-testid="profile-days">今年已服务 {record.workingDays} 个工作日</span>
                  <span data-testid="profile-rating">
                    {record.rating != null ? (
                      <>
                        评价{' '}
                        <Rate
                          disabled
                          allowHalf
                          value={Math.round(record.rating * 2) / 2}
                          style={{ fontSize: 14 }}
                        />{' '}
                        {record.rating.toFixed(1)} 分（{record.ratingCount} 条）
                      </>
                    ) : (
                      '暂无评价'
                    )}
                  </span>
                </Space>
                {record.teams.length ? (
                  <List
                    size="small"
                    bordered
                    dataSource={record.teams}
                    renderItem={(t) => (
                      <List.Item key={t.teamId}>
                        {t.teamName}
                        <Typography.Text type="secondary">
                          {' '}
                          · {t.role} · {t.workingDays} 个工作日
                        </Typography.Text>
                      </List.Item>
                    )}
                  />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="今年尚未参加服务团" />
                )}
              </Flex>
            )}
          </div>
        </Flex>
      )}
    </Drawer>
  );
}
