// 相似需求: open demands of the same region that may be duplicates (a bureau merges the opened demand into one in
// a click) and solved cases of the province with their team, rating and what was solved. What another unit wrote
// is shown only to those who may read it (the server masks it).
import { MergeOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, List, Popconfirm, Rate, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { StatusTag } from '../../../../components/status-tag';
import type {
  SimilarDemandItemFragment,
  SimilarDemandsQuery,
  SolvedCaseItemFragment,
} from '../../../../graphql/operations';
import { useCatalog } from '../../../../lib/catalog';
import { formatDate } from '../../../../lib/format';

type SimilarCases = SimilarDemandsQuery['similarDemands'];

export function SimilarCasesPanel({
  cases,
  loading,
  onMerge,
  merging,
  linkTo = true,
}: {
  cases: SimilarCases | undefined;
  loading?: boolean;
  /** Merge the demand opened into this one (bureaus, when the server allows it). */
  onMerge?: (target: SimilarDemandItemFragment) => void;
  merging?: string | null;
  /** Titles link to the demands the account may open. */
  linkTo?: boolean;
}) {
  if (!cases) return loading ? <Typography.Text type="secondary">正在查找相似需求…</Typography.Text> : null;
  const nothing = !cases.duplicates.length && !cases.solved.length && !cases.otherUnitsDuplicates;
  if (nothing)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有找到相似的需求或解决过的案例" />;
  return (
    <Flex vertical gap={12} data-testid="similar-cases">
      {cases.duplicates.length > 0 && (
        <section aria-label="疑似重复的需求">
          <Typography.Title level={5}>疑似重复的在办需求</Typography.Title>
          <List
            size="small"
            dataSource={cases.duplicates}
            renderItem={(d) => (
              <List.Item
                actions={
                  onMerge && d.canMergeInto
                    ? [
                        <Popconfirm
                          key="merge"
                          title={`合并到 ${d.code}？`}
                          description="本需求将取消，并指向这条需求。"
                          okText="合并"
                          cancelText="不合并"
                          onConfirm={() => onMerge(d)}
                        >
                          <Button size="small" icon={<MergeOutlined />} loading={merging === d.id}>
                            合并到此需求
                          </Button>
                        </Popconfirm>,
                      ]
                    : undefined
                }
              >
                <List.Item.Meta
                  title={
                    <Space size={6} wrap>
                      {linkTo ? <Link to={`/demands/${d.id}`}>{d.title}</Link> : d.title}
                      <StatusTag status={d.status} />
                    </Space>
                  }
                  description={
                    <CaseMeta
                      code={d.code}
                      unit={d.organization?.name}
                      region={d.region?.name}
                      shared={d.shared}
                      date={d.createdAt}
                    />
                  }
                />
              </List.Item>
            )}
          />
        </section>
      )}
      {cases.otherUnitsDuplicates > 0 && (
        <Alert
          type="info"
          showIcon
          title={`本地区另有 ${cases.otherUnitsDuplicates} 条相似的需求正在办理`}
          description="属地人社局受理时会核对是否重复；如确是同一件事，可在问题描述中写明。"
        />
      )}
      {cases.solved.length > 0 && (
        <section aria-label="解决过的案例">
          <Typography.Title level={5}>解决过的相似案例</Typography.Title>
          <List size="small" dataSource={cases.solved} renderItem={(s) => <SolvedCase item={s} />} />
        </section>
      )}
    </Flex>
  );
}

function CaseMeta({
  code,
  unit,
  region,
  shared,
  date,
}: {
  code: string;
  unit?: string | null;
  region?: string | null;
  shared: string[];
  date?: string | null;
}) {
  return (
    <Flex gap={6} wrap align="center" component="span">
      <span>{code}</span>
      {unit && <span>· {unit}</span>}
      {region && <span>· {region}</span>}
      {date && <span>· {formatDate(date)}</span>}
      {shared.length > 0 && <span>· 共同词：{shared.slice(0, 4).join('、')}</span>}
    </Flex>
  );
}

function SolvedCase({ item }: { item: SolvedCaseItemFragment }) {
  const catalog = useCatalog();
  return (
    <List.Item>
      <List.Item.Meta
        title={
          <Space size={6} wrap>
            {item.title}
            {item.problemSolved && (
              <Tag
                color={
                  item.problemSolved === 'YES'
                    ? 'green'
                    : item.problemSolved === 'PARTIAL'
                      ? 'gold'
                      : 'default'
                }
              >
                {catalog.label('problemSolved', item.problemSolved)}
              </Tag>
            )}
          </Space>
        }
        description={
          <Flex vertical gap={4}>
            <CaseMeta
              code={item.code}
              unit={item.organization?.name}
              region={item.region?.name}
              shared={item.shared}
              date={item.deliveredAt}
            />
            {item.teams.map((t) => (
              <span key={t.id}>
                服务团：{t.name}
                {t.leadName && `（领衔专家 ${t.leadName}）`}
              </span>
            ))}
            {item.rating !== null && (
              <span>
                单位评价{' '}
                <Rate disabled allowHalf value={Math.round(item.rating * 2) / 2} style={{ fontSize: 12 }} />{' '}
                {item.rating.toFixed(1)}
              </span>
            )}
            {item.problemsSolved.length > 0 && (
              <span>解决了：{item.problemsSolved.slice(0, 4).join('；')}</span>
            )}
          </Flex>
        }
      />
    </List.Item>
  );
}
