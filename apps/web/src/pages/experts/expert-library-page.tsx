// 专家库: search with Chinese full-text and synonyms, facets as filters, highlighted hits with their relevance,
// 加载更多; the expert's record in a drawer. Dispatchers and administrators also add, edit, deactivate, import
// and export; a bureau reads the experts of its region.
import { DownloadOutlined, FilterOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  App,
  Badge,
  Button,
  Card,
  Col,
  Drawer,
  Flex,
  Grid,
  Input,
  Progress,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { EmptyBlock, ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  ExpertsDocument,
  type ExpertFilter,
  type ExpertHitItem,
  type ExpertSource,
  type Field,
  type Honour,
  type TitleLevel,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { errorMessage } from '../../lib/graphql-errors';
import { Highlight } from '../../lib/highlight';
import { ExpertDrawer } from './expert-drawer';
import { ExpertFacetPanel, EMPTY_SELECTION, type FacetSelection } from './expert-facets';
import { ExpertFormDrawer } from './expert-form-drawer';
import { ExportDialog } from './export-dialog';
import { ImportDialog } from './import-dialog';

const PAGE_SIZE = 20;

function filterOf(selection: FacetSelection): ExpertFilter {
  return {
    fields: selection.fields.length ? (selection.fields as Field[]) : null,
    titleLevels: selection.titleLevels.length ? (selection.titleLevels as TitleLevel[]) : null,
    honours: selection.honours.length ? (selection.honours as Honour[]) : null,
    sources: selection.sources.length ? (selection.sources as ExpertSource[]) : null,
    regionCode: selection.regions[selection.regions.length - 1]?.code ?? null,
    statuses: selection.includeInactive ? ['ACTIVE', 'INACTIVE'] : null,
  };
}

export function ExpertLibraryPage() {
  const { account } = useAuth();
  const catalog = useCatalog();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const wide = !!screens.lg;
  const canEdit = account?.role === 'ADMIN' || account?.role === 'PROVINCE';
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<FacetSelection>(EMPTY_SELECTION);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);

  const variables = { query: query.trim() || null, filter: filterOf(selection), first: PAGE_SIZE };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ExpertsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.experts;
  const hits = data?.experts.hits ?? [];
  const suggestions = data?.experts.suggestions ?? [];
  const selectedCount =
    selection.fields.length +
    selection.titleLevels.length +
    selection.honours.length +
    selection.sources.length +
    (selection.regions.length ? 1 : 0);

  const labelOf = (key: 'fields' | 'titleLevels' | 'honours' | 'sources', value: string) =>
    catalog.label(key === 'sources' ? 'expertSources' : key, value);

  const loadMore = async () => {
    const after = data?.experts.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          experts: {
            ...fetchMoreResult.experts,
            hits: [...(prev?.experts?.hits ?? []), ...fetchMoreResult.experts.hits],
          },
        }),
      });
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setLoadingMore(false);
    }
  };

  const facetPanel = (
    <ExpertFacetPanel
      facets={result?.facets}
      selection={selection}
      onChange={setSelection}
      labelOf={labelOf}
      canSeeInactive={canEdit}
    />
  );

  return (
    <>
      <PageHeader
        title="专家库"
        subTitle={
          canEdit
            ? '按专长、领域、职称检索专家，维护专家信息，批量导入或导出。'
            : '本辖区的专家（只读）。手机和邮箱仅对有权限的人员完整显示。'
        }
        extra={
          <>
            {canEdit && (
              <>
                <Button icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
                  新增专家
                </Button>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                  导入
                </Button>
              </>
            )}
            <Button icon={<DownloadOutlined />} onClick={() => setExporting(true)}>
              导出 Excel
            </Button>
          </>
        }
      />
      <Card variant="borderless" className="expert-search">
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery(text);
          }}
        >
          <Space.Compact block>
            <Input
              size="large"
              allowClear
              value={text}
              aria-label="检索专家"
              placeholder="输入专长、疾病、作物、技术，或直接粘贴需求描述，如：脑卒中、大棚番茄叶片发黄、鱼塘浮头"
              onChange={(e) => {
                setText(e.target.value);
                if (!e.target.value) setQuery('');
              }}
            />
            <Button size="large" type="primary" htmlType="submit">
              检索
            </Button>
          </Space.Compact>
        </form>
      </Card>
      <Row gutter={[16, 16]} className="expert-library">
        {wide && (
          <Col lg={7} xl={6}>
            <Card variant="borderless" size="small">
              {facetPanel}
            </Card>
          </Col>
        )}
        <Col xs={24} lg={17} xl={18}>
          <Flex justify="space-between" align="center" wrap gap={8} className="list-toolbar">
            <Typography.Text aria-live="polite" data-testid="expert-total">
              {result ? (
                <>
                  共 <strong>{result.total}</strong> 位专家{query.trim() ? `与“${query.trim()}”相关` : ''}
                </>
              ) : (
                ' '
              )}
            </Typography.Text>
            {!wide && (
              <Badge count={selectedCount} size="small">
                <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(true)}>
                  筛选
                </Button>
              </Badge>
            )}
          </Flex>
          {error && !data ? (
            <ErrorBlock error={error} title="检索失败" onRetry={() => void refetch()} />
          ) : !data && loading ? (
            <LoadingBlock label="正在检索…" />
          ) : hits.length === 0 ? (
            <EmptyBlock
              description={
                query.trim() || selectedCount
                  ? '没有符合条件的专家，试试换个说法或减少筛选条件'
                  : '专家库还没有专家'
              }
            >
              {suggestions.length > 0 && (
                <Flex wrap gap={6} justify="center" align="center" data-testid="search-suggestions" style={{ marginBottom: 8 }}>
                  <Typography.Text type="secondary">您是不是要找：</Typography.Text>
                  {suggestions.map((s) => (
                    <Button
                      key={s}
                      size="small"
                      onClick={() => {
                        setText(s);
                        setQuery(s);
                      }}
                    >
                      {s}
                    </Button>
                  ))}
                </Flex>
              )}
              {selectedCount > 0 && <Button onClick={() => setSelection(EMPTY_SELECTION)}>清除筛选</Button>}
            </EmptyBlock>
          ) : (
            <Flex vertical gap={12} role="list" aria-label="检索结果" aria-busy={loading}>
              {hits.map((hit) => (
                <div role="listitem" key={hit.expert.id}>
                  <ExpertHitCard
                    hit={hit}
                    showScore={!!query.trim()}
                    onOpen={() => setOpenId(hit.expert.id)}
                  />
                </div>
              ))}
              {data?.experts.pageInfo.hasNextPage && (
                <Button block loading={loadingMore} onClick={() => void loadMore()}>
                  加载更多（已显示 {hits.length} / {data.experts.total} 位）
                </Button>
              )}
            </Flex>
          )}
        </Col>
      </Row>
      {!wide && (
        <Drawer
          title="筛选专家"
          placement="right"
          size="100%"
          open={filtersOpen}
          onClose={() => setFiltersOpen(false)}
          extra={
            <Button type="primary" onClick={() => setFiltersOpen(false)}>
              查看 {result?.total ?? 0} 位专家
            </Button>
          }
        >
          {facetPanel}
        </Drawer>
      )}
      <ExpertDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        onEdit={(id) => setEditing({ id })}
      />
      {canEdit && (
        <>
          <ExpertFormDrawer
            id={editing?.id ?? null}
            open={!!editing}
            onClose={() => setEditing(null)}
            onSaved={(id) => {
              setEditing(null);
              setOpenId(id);
              void refetch();
            }}
          />
          <ImportDialog
            open={importing}
            onClose={() => setImporting(false)}
            onImported={() => void refetch()}
          />
        </>
      )}
      <ExportDialog
        open={exporting}
        onClose={() => setExporting(false)}
        query={variables.query}
        filter={variables.filter}
        total={result?.total ?? null}
      />
    </>
  );
}

function ExpertHitCard({
  hit,
  showScore,
  onOpen,
}: {
  hit: ExpertHitItem;
  showScore: boolean;
  onOpen: () => void;
}) {
  const catalog = useCatalog();
  const e = hit.expert;
  const score = Math.round(Math.max(0, Math.min(1, hit.score)) * 100);
  return (
    <Card size="small" className="expert-hit" data-testid="expert-hit">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div className="expert-hit__who">
          <Button type="link" className="expert-hit__name" onClick={onOpen}>
            {e.name}
          </Button>
          <Typography.Text>{e.title}</Typography.Text>
          <Tag color={e.titleLevel === 'SENIOR' ? 'blue' : 'cyan'} className="expert-hit__level">
            {catalog.label('titleLevels', e.titleLevel)}
          </Tag>
          {e.status === 'INACTIVE' && <Tag>{catalog.label('expertStatuses', e.status)}</Tag>}
          {e.retired && <Tag>退休</Tag>}
        </div>
        {showScore && (
          <div className="expert-hit__score" title={`相关度 ${score}%`}>
            <Progress percent={score} size="small" showInfo={false} aria-label={`相关度 ${score}%`} />
            <Typography.Text type="secondary" className="expert-hit__score-text">
              相关度 {score}%
            </Typography.Text>
          </div>
        )}
      </Flex>
      <Typography.Text type="secondary" className="expert-hit__meta">
        {[e.employer, e.region?.name].filter(Boolean).join(' · ')}
      </Typography.Text>
      {hit.highlights.length > 0
        ? hit.highlights.map((fragment, i) => (
            <p key={i} className="expert-hit__fragment" data-testid="expert-highlight">
              <Highlight fragment={fragment} />
            </p>
          ))
        : e.specialties && (
            <Typography.Paragraph className="expert-hit__fragment" ellipsis={{ rows: 2 }}>
              {e.specialties}
            </Typography.Paragraph>
          )}
      <Space size={[4, 4]} wrap>
        {e.fields.map((f) => (
          <Tag key={f} variant="outlined">
            {catalog.label('fields', f)}
          </Tag>
        ))}
        {e.honours.map((h) => (
          <Tag key={h} color="gold">
            {catalog.label('honours', h)}
          </Tag>
        ))}
      </Space>
    </Card>
  );
}
