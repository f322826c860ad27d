// 专家库: search with Chinese full-text and synonyms, facets as filters, highlighted hits with their relevance,
// 加载更多; the expert's record in a drawer. Dispatchers and administrators also add, edit, deactivate, import
// and export; a bureau reads the experts of its region.
import { DownloadOutlined, FilterOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Drawer, Flex, Grid, Input, Row, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, SkeletonBlock } from '../../components/query-state';
import {
  type ExpertFilter,
  type ExpertSource,
  type Field,
  type Honour,
  type TitleLevel,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { ExpertHitCard } from './components/expert-hit-card';
import { LibraryEmpty } from './components/library-empty';
import { broadenedText, expertTotalText, unmatchedText } from './expert-count';
import { ExpertDrawer } from './expert-drawer';
import { ExpertFacetPanel, EMPTY_SELECTION, type FacetSelection } from './expert-facets';
import { ExpertFormDrawer } from './expert-form-drawer';
import { ExportDialog } from './export-dialog';
import { useExpertSearch } from './hooks/use-expert-search';
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
  // A bureau reads its own region by default, and may search the whole library (masked outside its region).
  const isLocal = account?.role === 'LOCAL';
  const [wholeLibrary, setWholeLibrary] = useState(false);
  const localScope = isLocal && !wholeLibrary ? (account?.region?.name ?? '本辖区') : null;

  const variables = {
    query: query.trim() || null,
    filter: { ...filterOf(selection), wholeLibrary: isLocal && wholeLibrary ? true : null },
    first: PAGE_SIZE,
  };
  const { data, result, hits, suggestions, unmatched, loading, error, refetch, loadMore, loadingMore } =
    useExpertSearch(variables);
  const search = (word: string) => {
    setText(word);
    setQuery(word);
  };
  const selectedCount =
    selection.fields.length +
    selection.titleLevels.length +
    selection.honours.length +
    selection.sources.length +
    (selection.regions.length ? 1 : 0);

  const labelOf = (key: 'fields' | 'titleLevels' | 'honours' | 'sources', value: string) =>
    catalog.label(key === 'sources' ? 'expertSources' : key, value);

  const facetPanel = (
    <ExpertFacetPanel
      facets={result?.facets}
      approximate={result?.facetsCapped ?? false}
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
            : '本辖区的专家（只读），也可检索全库。手机和邮箱仅对有权限的人员完整显示。'
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
            {isLocal && (
              <Segmented
                aria-label="检索范围"
                data-testid="library-scope"
                value={wholeLibrary ? 'all' : 'mine'}
                onChange={(v) => setWholeLibrary(v === 'all')}
                options={[
                  { value: 'mine', label: account?.region?.name ?? '本辖区' },
                  { value: 'all', label: '全库' },
                ]}
              />
            )}
            <Typography.Text aria-live="polite" data-testid="expert-total">
              {result ? (
                <>
                  共 <strong>{expertTotalText(result.total, result.totalCapped)}</strong> 位专家
                  {query.trim() ? `与“${query.trim()}”相关` : ''}
                  {result.broadened.length > 0 && (
                    <span className="library-broadened" data-testid="search-broadened">
                      {broadenedText(result.broadened)}
                    </span>
                  )}
                  {result.total > 0 && result.unmatched.length > 0 && (
                    <span className="library-broadened" data-testid="search-unmatched">
                      （{unmatchedText(result.unmatched)}，以下结果不含
                      {result.unmatched.length > 1 ? '这些词' : '该词'}
                      {suggestions.length > 0 && (
                        <>
                          ；您是不是要找：
                          {suggestions.map((s, i) => (
                            <span key={s}>
                              {i > 0 && '、'}
                              <Typography.Link onClick={() => search(s)}>{s}</Typography.Link>
                            </span>
                          ))}
                        </>
                      )}
                      ）
                    </span>
                  )}
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
            <SkeletonBlock label="正在检索…" rows={6} />
          ) : hits.length === 0 ? (
            <LibraryEmpty
              searching={!!query.trim()}
              filtered={selectedCount > 0}
              suggestions={suggestions}
              unmatched={unmatched}
              canAdd={canEdit}
              onSuggestion={search}
              onClearFilters={() => setSelection(EMPTY_SELECTION)}
              localScope={localScope}
              onWholeLibrary={() => setWholeLibrary(true)}
            />
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
                  加载更多（已显示 {hits.length} /{' '}
                  {expertTotalText(data.experts.total, data.experts.totalCapped)} 位）
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
              查看 {expertTotalText(result?.total ?? 0, result?.totalCapped)} 位专家
            </Button>
          }
        >
          {facetPanel}
        </Drawer>
      )}
      <ExpertDrawer id={openId} onClose={() => setOpenId(null)} onEdit={(id) => setEditing({ id })} />
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
        totalCapped={result?.totalCapped ?? false}
      />
    </>
  );
}
