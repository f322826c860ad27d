// The import job as it runs and when done: progress, the row-level report, and each rejected row with its reason.
import { Alert, Button, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table';
import type { ImportJobState } from '../../../graphql/operations';
import { errorMessage } from '../../../lib/graphql-errors';

const STATUS_LABELS: Record<ImportJobState['status'], string> = {
  QUEUED: '排队中',
  RUNNING: '导入中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
};

export function ImportProgress({
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
              <ResponsiveTable<ImportJobState['report']['rejected'][number]>
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
