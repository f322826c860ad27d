// 匹配词库 (ADMIN): how farmers, clinicians and workers put a problem, mapped to the terms experts write. The
// built-in entries ship with the product (read-only); the administrator adds, edits and removes entries, and the
// expert search and matching use them within seconds, without a deploy. 试一试 shows how a text is read.
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import {
  CreateLexiconEntryDocument,
  DeleteLexiconEntryDocument,
  LexiconEntriesDocument,
  LexiconPreviewDocument,
  UpdateLexiconEntryDocument,
  type Field,
  type LexiconEntryItemFragment,
} from '../../graphql/operations';
import { useCatalog } from '../../lib/catalog';
import { fieldErrorsOf } from '../../lib/field-errors';
import { errorMessage } from '../../lib/graphql-errors';
import { useServerFieldErrors } from '../../lib/server-field-errors';

type Source = 'all' | 'custom' | 'builtin';

interface EntryForm {
  expression: string;
  terms: string[];
  fields: Field[];
  note?: string;
}

/** How a sentence is read: its words, what each also finds, and the fields they hint at. */
function Preview() {
  const catalog = useCatalog();
  const [text, setText] = useState('');
  const [preview, { data, loading, error }] = useLazyQuery(LexiconPreviewDocument, {
    fetchPolicy: 'network-only',
  });
  const result = data?.lexiconPreview;
  return (
    <Card size="small" title="试一试：一段话在检索和匹配中怎么理解" className="lexicon-preview">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void preview({ variables: { text: text.trim() } });
        }}
      >
        <Space.Compact block>
          <Input
            aria-label="试一试的文字"
            placeholder="如：合作社大棚番茄叶子发黄卷起来，想请专家来看看"
            value={text}
            maxLength={500}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="primary" htmlType="submit" loading={loading}>
            分析
          </Button>
        </Space.Compact>
      </form>
      {error && <ErrorBlock error={error} title="分析失败" />}
      {result && (
        <Flex vertical gap={6} style={{ marginTop: 12 }} data-testid="lexicon-preview-result">
          {result.words.length === 0 && (
            <Typography.Text type="secondary">
              没有识别出有效的词（都是“怎么、想请、专家”这类不必匹配的词）
            </Typography.Text>
          )}
          {result.words.map((w) => (
            <div key={w.word}>
              <Tag color="blue">{w.word}</Tag>
              {w.expansions.length > 0 && (
                <Typography.Text type="secondary">也找：{w.expansions.join('、')}</Typography.Text>
              )}
            </div>
          ))}
          {result.fields.length > 0 && (
            <Typography.Text>
              提示领域：{result.fields.map((f) => catalog.label('fields', f)).join('、')}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}

function EntryDialog({
  editing,
  onClose,
}: {
  editing: LexiconEntryItemFragment | 'new' | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const catalog = useCatalog();
  const [form] = Form.useForm<EntryForm>();
  const placeErrors = useServerFieldErrors(form);
  const [failure, setFailure] = useState<string | null>(null);
  const refetchQueries = ['LexiconEntries'];
  const [create, { loading: creating }] = useMutation(CreateLexiconEntryDocument, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdateLexiconEntryDocument, { refetchQueries });
  const entry = editing && editing !== 'new' ? editing : null;
  useEffect(() => setFailure(null), [editing]);
  const submit = async (values: EntryForm) => {
    setFailure(null);
    const input = {
      expression: values.expression ?? '',
      terms: values.terms ?? [],
      fields: values.fields ?? [],
      note: values.note ?? null,
    };
    try {
      if (entry) await update({ variables: { id: entry.id, version: entry.version, input } });
      else await create({ variables: { input } });
      message.success(entry ? '已保存，检索与匹配随即生效' : '已新增，检索与匹配随即生效');
      onClose();
    } catch (e) {
      const { message: text } = placeErrors(e, '保存失败，请稍后重试');
      // A problem shown under its field is not repeated above the buttons.
      setFailure(Object.values(fieldErrorsOf(e)).includes(text) ? null : text);
    }
  };
  return (
    <Modal
      open={!!editing}
      title={entry ? `修改词条：${entry.expression}` : '新增词条'}
      okText="保存词条"
      cancelText="取消"
      confirmLoading={creating || updating}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          entry
            ? {
                expression: entry.expression,
                terms: entry.terms,
                fields: entry.fields,
                note: entry.note ?? '',
              }
            : { expression: '', terms: [], fields: [], note: '' }
        }
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="expression"
          label="群众的说法"
          rules={[{ required: true, message: '请填写说法' }]}
          extra="2–20 个字，如：拉稀、叶子发黄、浮头、布病"
        >
          <Input maxLength={20} aria-label="群众的说法" />
        </Form.Item>
        <Form.Item
          name="terms"
          label="专家写的专业术语"
          extra="输入后回车，可填多个；不填表示这是需要整词匹配的专业词组（如 水肥一体化）"
        >
          <Select
            mode="tags"
            aria-label="专业术语"
            tokenSeparators={['，', ',', '、', ' ']}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
        <Form.Item name="fields" label="常见领域">
          <Select mode="multiple" aria-label="常见领域" options={catalog.options('fields')} allowClear />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} aria-label="备注" />
        </Form.Item>
      </Form>
      {failure && (
        <Typography.Text type="danger" role="alert">
          {failure}
        </Typography.Text>
      )}
    </Modal>
  );
}

export function LexiconPage() {
  const { message } = App.useApp();
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const [source, setSource] = useState<Source>('all');
  const [editing, setEditing] = useState<LexiconEntryItemFragment | 'new' | null>(null);
  const { data, loading, error, refetch } = useQuery(LexiconEntriesDocument, {
    variables: { query: query.trim() || null, builtin: source === 'all' ? null : source === 'builtin' },
    fetchPolicy: 'cache-and-network',
  });
  const [remove] = useMutation(DeleteLexiconEntryDocument, { refetchQueries: ['LexiconEntries'] });
  const entries = data?.lexiconEntries ?? [];
  return (
    <>
      <PageHeader
        title="匹配词库"
        subTitle="把基层常说的话（拉稀、叶子发黄、浮头、返碱）对应到专家写的专业术语（腹泻、黄化、缺氧、盐碱）。专家检索和需求匹配都会用到，保存后几秒内生效，无需重新部署。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增词条
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Preview />
        <Card size="small">
          <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
            <Input.Search
              aria-label="查找词条"
              placeholder="按说法、术语或备注查找"
              allowClear
              style={{ maxWidth: 320 }}
              onSearch={setQuery}
            />
            <Segmented<Source>
              value={source}
              onChange={setSource}
              options={[
                { value: 'all', label: '全部' },
                { value: 'custom', label: '新增' },
                { value: 'builtin', label: '内置' },
              ]}
            />
          </Flex>
          {error && !data ? (
            <ErrorBlock error={error} onRetry={() => void refetch()} />
          ) : (
            <ResponsiveTable<LexiconEntryItemFragment>
              size="small"
              rowKey="id"
              loading={loading && !data}
              dataSource={entries}
              pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => `共 ${n} 条` }}
              locale={{ emptyText: query ? '没有找到相关词条' : '暂无词条' }}
              columns={[
                {
                  title: '说法',
                  dataIndex: 'expression',
                  width: 140,
                  render: (v: string, e) => (
                    <Space size={4} wrap>
                      <Typography.Text strong>{v}</Typography.Text>
                      {e.builtin ? <Tag>内置</Tag> : <Tag color="green">新增</Tag>}
                    </Space>
                  ),
                },
                {
                  title: '专业术语',
                  dataIndex: 'terms',
                  render: (terms: string[]) =>
                    terms.length ? (
                      terms.map((t) => (
                        <Tag key={t} color="blue">
                          {t}
                        </Tag>
                      ))
                    ) : (
                      <Typography.Text type="secondary">整词匹配的专业词组</Typography.Text>
                    ),
                },
                {
                  title: '领域',
                  dataIndex: 'fields',
                  width: 150,
                  render: (fields: Field[]) => fields.map((f) => catalog.label('fields', f)).join('、'),
                },
                { title: '备注', dataIndex: 'note', width: 140, render: (v: string | null) => v ?? '' },
                {
                  title: '操作',
                  key: 'actions',
                  width: 120,
                  render: (_, e) =>
                    e.builtin ? (
                      <Typography.Text type="secondary">只读</Typography.Text>
                    ) : (
                      <Space size={0}>
                        <Button
                          type="link"
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={`修改 ${e.expression}`}
                          onClick={() => setEditing(e)}
                        >
                          修改
                        </Button>
                        <Popconfirm
                          title={`删除“${e.expression}”？`}
                          okText="确认删除"
                          cancelText="取消"
                          onConfirm={async () => {
                            try {
                              await remove({ variables: { id: e.id } });
                              message.success('已删除');
                            } catch (err) {
                              message.error(errorMessage(err, '删除失败'));
                            }
                          }}
                        >
                          <Button
                            type="link"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`删除 ${e.expression}`}
                          >
                            删除
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                },
              ]}
            />
          )}
        </Card>
      </Flex>
      {/* A fresh form for each entry edited: its initial values are the entry's. */}
      <EntryDialog
        key={editing === 'new' ? 'new' : (editing?.id ?? 'closed')}
        editing={editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}

export default LexiconPage;
