// 导入专家 (ADMIN, PROVINCE): an .xlsx or .csv file goes to the server as base64, the import runs as a job whose
// progress is polled every second, and the row-level report comes back: created, updated, unchanged, and each
// rejected row with its reason — downloadable with the rows' own contents to fix and import again.
import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Col, Flex, Modal, Progress, Row, Statistic, Table, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ImportJobDocument, StartExpertImportDocument, type ImportJobState } from '../../graphql/operations';
import { downloadCsv, downloadXlsx, readFileAsBase64 } from '../../lib/download';
import { errorMessage } from '../../lib/graphql-errors';
import { readSheet, type SheetRows } from '../../lib/sheet-reader';

const TEMPLATE_HEADER = [
  '姓名',
  '性别',
  '工作单位',
  '职称',
  '职称级别',
  '专业领域',
  '研究方向',
  '人才称号',
  '所在地区',
  '专家来源',
  '是否退休',
  '手机',
  '邮箱',
];
const MAX_BYTES = 50 * 1024 * 1024;
const STATUS_LABELS: Record<ImportJobState['status'], string> = {
  QUEUED: '排队中',
  RUNNING: '导入中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
};

export function ImportDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const rows = useRef<SheetRows | null>(null);
  const [start] = useMutation(StartExpertImportDocument);
  const {
    data,
    startPolling,
    stopPolling,
    error: pollError,
  } = useQuery(ImportJobDocument, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    fetchPolicy: 'network-only',
  });
  const job = data?.importJob;
  const finished = job?.status === 'SUCCEEDED' || job?.status === 'FAILED';

  useEffect(() => {
    if (!jobId || finished) {
      stopPolling();
      return;
    }
    startPolling(1000);
    return () => stopPolling();
  }, [jobId, finished, startPolling, stopPolling]);

  const notified = useRef<string | null>(null);
  useEffect(() => {
    if (job?.status === 'SUCCEEDED' && notified.current !== job.id) {
      notified.current = job.id;
      onImported();
    }
  }, [job, onImported]);

  const reset = () => {
    setJobId(null);
    setFileName(null);
    setFailure(null);
    rows.current = null;
  };

  const upload = async (file: File) => {
    setFailure(null);
    if (!/\.(xlsx|csv)$/i.test(file.name)) {
      setFailure(`“${file.name}”不是 .xlsx 或 .csv 文件。旧版 .xls 请在 Excel 中另存为 .xlsx 后再导入。`);
      return;
    }
    if (file.size > MAX_BYTES) {
      setFailure('文件超过 50 MB，请拆分后分批导入');
      return;
    }
    setReading(true);
    setFileName(file.name);
    try {
      const [content, sheet] = await Promise.all([readFileAsBase64(file), readSheet(file)]);
      rows.current = sheet;
      const { data: started } = await start({ variables: { fileName: file.name, contentBase64: content } });
      if (!started) throw new Error('导入未能开始，请稍后重试');
      setJobId(started.startExpertImport.id);
    } catch (e) {
      setFailure(errorMessage(e, '导入未能开始，请稍后重试'));
      setFileName(null);
    } finally {
      setReading(false);
    }
  };

  const downloadRejected = () => {
    if (!job) return;
    const sheet = rows.current;
    const header = sheet?.get(1);
    const base = job.fileName.replace(/\.(xlsx|csv)$/i, '');
    const table = header
      ? [
          [...header, '未导入原因', '原行号'],
          ...job.report.rejected.map((r) => {
            const cells = sheet?.get(r.row) ?? [];
            return [...header.map((_, i) => cells[i] ?? ''), r.reason, r.row];
          }),
        ]
      : [['行号', '未导入原因'], ...job.report.rejected.map((r) => [r.row, r.reason])];
    void downloadXlsx(`${base}-未导入的行.xlsx`, '未导入的行', table).catch(() =>
      downloadCsv(`${base}-未导入的行.csv`, table),
    );
  };

  const close = () => {
    if (!jobId || finished) reset();
    onClose();
  };

  return (
    <Modal title="导入专家" open={open} onCancel={close} footer={null} width={760} forceRender>
      {!jobId ? (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" className="import-hint">
            支持 .xlsx 和 .csv（UTF-8）文件，第 1 行为表头：{TEMPLATE_HEADER.join('、')}
            。多个领域或称号用“、”分隔；所在地区填 6
            位行政区划代码或规范名称。同一文件重复导入不会产生重复记录。
          </Typography.Paragraph>
          {failure && <Alert type="error" showIcon role="alert" title={failure} />}
          <Upload.Dragger
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            disabled={reading}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {reading ? `正在上传 ${fileName ?? ''}…` : '点击选择文件，或把文件拖到这里'}
            </p>
            <p className="ant-upload-hint">单个文件不超过 50 MB</p>
          </Upload.Dragger>
          <Button
            type="link"
            className="import-template"
            onClick={() =>
              downloadCsv('专家导入模板.csv', [
                TEMPLATE_HEADER,
                [
                  '张三',
                  '男',
                  '某某大学',
                  '教授',
                  '正高级',
                  '农业、林业',
                  '设施蔬菜病虫害绿色防控',
                  '享受政府特殊津贴专家',
                  '310116',
                  '本省(区、市)',
                  '否',
                  '13800000000',
                  'zhangsan@example.cn',
                ],
              ])
            }
          >
            下载导入模板（CSV）
          </Button>
        </Flex>
      ) : (
        <ImportProgress
          job={job}
          fileName={fileName}
          pollError={pollError}
          onDownload={downloadRejected}
          onAgain={reset}
          onClose={close}
        />
      )}
    </Modal>
  );
}

function ImportProgress({
  job,
  fileName,
  pollError,
  onDownload,
  onAgain,
  onClose,
}: {
  job: ImportJobState | undefined;
  fileName: string | null;
  pollError: unknown;
  onDownload: () => void;
  onAgain: () => void;
  onClose: () => void;
}) {
  const percent = Math.round((job?.progress ?? 0) * 100);
  const finished = job?.status === 'SUCCEEDED' || job?.status === 'FAILED';
  const rejected = job?.report.rejected ?? [];
  return (
    <Flex vertical gap={16} data-testid="import-progress">
      <div>
        <Typography.Text strong>{job?.fileName ?? fileName}</Typography.Text>
        <Typography.Text type="secondary"> · {job ? STATUS_LABELS[job.status] : '正在开始…'}</Typography.Text>
      </div>
      <Progress
        percent={job?.status === 'SUCCEEDED' ? 100 : percent}
        status={job?.status === 'FAILED' ? 'exception' : finished ? 'success' : 'active'}
        aria-label="导入进度"
      />
      {job?.totalRows != null && !finished && (
        <Typography.Text type="secondary">
          已处理 {job.processedRows} / {job.totalRows} 行
        </Typography.Text>
      )}
      {pollError ? (
        <Alert type="warning" showIcon title={`暂时无法获取进度：${errorMessage(pollError)}，稍后自动重试`} />
      ) : null}
      {job?.status === 'FAILED' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="导入失败"
          description={job.error ?? '请检查文件后重试'}
        />
      )}
      {job && finished && (
        <>
          <Row gutter={[12, 12]} data-testid="import-report">
            <Col xs={12} sm={6}>
              <Statistic title="新增" value={job.report.created} suffix="位" />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title="更新" value={job.report.updated} suffix="位" />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title="无变化" value={job.report.unchanged} suffix="位" />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic
                title="未导入"
                value={rejected.length}
                suffix="行"
                styles={{ content: { color: rejected.length ? '#cf1322' : undefined } }}
              />
            </Col>
          </Row>
          {rejected.length > 0 && (
            <>
              <Alert
                type="warning"
                showIcon
                title={`${rejected.length} 行未导入，其余行已导入。请按原因修改这些行后再次导入。`}
              />
              <Table
                size="small"
                rowKey="row"
                dataSource={rejected}
                pagination={rejected.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 72 },
                  { title: '未导入原因', dataIndex: 'reason' },
                ]}
                data-testid="import-rejected"
              />
            </>
          )}
        </>
      )}
      <Flex gap={8} wrap justify="flex-end">
        {finished && rejected.length > 0 && <Button onClick={onDownload}>下载未导入的行（Excel）</Button>}
        {finished && <Button onClick={onAgain}>继续导入其他文件</Button>}
        <Button type={finished ? 'primary' : 'default'} onClick={onClose}>
          {finished ? '完成' : '在后台继续'}
        </Button>
      </Flex>
    </Flex>
  );
}
