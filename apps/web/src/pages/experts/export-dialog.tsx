// 导出专家库: the export of the current search runs on the server as a job whose progress is polled every second;
// when it is done the file downloads through a short-lived link that only this account can use. The dialog can be
// closed while the job runs: it keeps going, and the file is ready here when the dialog is opened again.
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Flex, Modal, Progress, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ExportJobDocument,
  StartExpertExportDocument,
  type ExpertFilter,
  type ExportJobState,
} from '../../graphql/operations';
import { DownloadError, downloadWithToken } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { expertTotalText } from './expert-count';
import { tokenStore } from '../../lib/token-store';

const STATUS_LABELS: Record<ExportJobState['status'], string> = {
  QUEUED: '排队中',
  RUNNING: '导出中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
  EXPIRED: '文件已过期清理',
};

const isFinished = (job: ExportJobState | undefined) =>
  job?.status === 'SUCCEEDED' || job?.status === 'FAILED' || job?.status === 'EXPIRED';

export function ExportDialog({
  open,
  onClose,
  query,
  filter,
  total,
  totalCapped = false,
}: {
  open: boolean;
  onClose: () => void;
  query: string | null;
  filter: ExpertFilter;
  /** How many experts the current search finds (shown before the export starts). */
  total: number | null;
  /** The search stopped counting at `total`: more experts are exported. */
  totalCapped?: boolean;
}) {
  const { message } = App.useApp();
  const [jobId, setJobId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [start, { loading: starting }] = useMutation(StartExpertExportDocument);
  const {
    data,
    refetch,
    startPolling,
    stopPolling,
    error: pollError,
  } = useQuery(ExportJobDocument, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    fetchPolicy: 'network-only',
  });
  const job = data?.exportJob;
  const finished = isFinished(job);

  useEffect(() => {
    if (!jobId || finished) {
      stopPolling();
      return;
    }
    startPolling(1000);
    return () => stopPolling();
  }, [jobId, finished, startPolling, stopPolling]);

  const download = useCallback(
    async (current: ExportJobState) => {
      setFailure(null);
      setDownloading(true);
      try {
        if (!current.downloadUrl) throw new Error('文件暂不可下载');
        try {
          await downloadWithToken(current.downloadUrl, current.fileName, tokenStore.get());
        } catch (e) {
          // Links last a few minutes: a stale one is replaced by a fresh one from the job.
          if (!(e instanceof DownloadError) || e.reason !== 'LINK_EXPIRED') throw e;
          const fresh = (await refetch()).data?.exportJob;
          if (!fresh?.downloadUrl) throw e;
          await downloadWithToken(fresh.downloadUrl, fresh.fileName, tokenStore.get());
        }
      } catch (e) {
        setFailure(e instanceof Error ? e.message : '下载失败，请稍后重试');
      } finally {
        setDownloading(false);
      }
    },
    [refetch],
  );

  // When the job finishes: download at once if the dialog is open, otherwise say the file is ready.
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (job?.status !== 'SUCCEEDED' || announced.current === job.id) return;
    announced.current = job.id;
    if (open) void download(job);
    else message.success(`专家库导出完成（${job.processedRows} 位），点击“导出 Excel”下载`);
  }, [job, open, download, message]);

  const begin = async () => {
    setFailure(null);
    try {
      const { data: started } = await start({ variables: { query, filter } });
      if (!started) throw new Error('导出未能开始，请稍后重试');
      announced.current = null;
      setJobId(started.startExpertExport.id);
    } catch (e) {
      setFailure(errorMessage(e, '导出未能开始，请稍后重试'));
    }
  };

  const again = () => {
    setJobId(null);
    setFailure(null);
  };

  const percent = job?.status === 'SUCCEEDED' ? 100 : Math.round((job?.progress ?? 0) * 100);
  return (
    <Modal title="导出专家库（Excel）" open={open} onCancel={onClose} footer={null} width={560} forceRender>
      <Flex vertical gap={16} data-testid="export-dialog">
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
        {!jobId ? (
          <>
            <Typography.Paragraph>
              将导出符合当前检索和筛选条件的
              {total === null ? (
                '全部专家'
              ) : (
                <Typography.Text strong> {expertTotalText(total, totalCapped)} 位专家</Typography.Text>
              )}
              ，表头与导入模板一致，可修改后重新导入。导出在后台进行，可以关闭本窗口，完成后回到这里下载。
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              手机和邮箱按您的权限导出（无权限时为脱敏号码）；导出和下载都会记入审计日志。
            </Typography.Text>
            <Flex justify="end">
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                loading={starting}
                onClick={() => void begin()}
              >
                开始导出
              </Button>
            </Flex>
          </>
        ) : (
          <>
            <div>
              <Typography.Text strong>{job?.fileName ?? '专家库.xlsx'}</Typography.Text>
              <Typography.Text type="secondary" data-testid="export-status">
                {' '}
                · {job ? STATUS_LABELS[job.status] : '正在开始…'}
              </Typography.Text>
            </div>
            <Progress
              percent={percent}
              status={job?.status === 'FAILED' ? 'exception' : finished ? 'success' : 'active'}
              aria-label="导出进度"
            />
            {job?.totalRows != null && (
              <Typography.Text type="secondary" data-testid="export-rows">
                已导出 {job.processedRows} / {job.totalRows} 位专家
              </Typography.Text>
            )}
            {pollError ? (
              <Alert
                type="warning"
                showIcon
                title={`暂时无法获取进度：${errorMessage(pollError)}，稍后自动重试`}
              />
            ) : null}
            {job?.status === 'FAILED' && (
              <Alert
                type="error"
                showIcon
                role="alert"
                title="导出失败"
                description={job.error ?? '请稍后重试'}
              />
            )}
            {job?.status === 'EXPIRED' && <Alert type="info" showIcon title="文件已过期清理，请重新导出" />}
            {job?.status === 'SUCCEEDED' && (
              <Typography.Text type="secondary">
                文件保留至 {job.fileExpiresAt ? formatDateTime(job.fileExpiresAt) : '—'}，仅您本人可以下载。
              </Typography.Text>
            )}
            <Flex justify="end" gap={8} wrap>
              {finished && <Button onClick={again}>重新导出</Button>}
              {job?.status === 'SUCCEEDED' && (
                <Button
                  type="primary"
                  icon={<DownloadOutlined />}
                  loading={downloading}
                  onClick={() => void download(job)}
                >
                  下载文件
                </Button>
              )}
              {!finished && <Button onClick={onClose}>后台继续，先关闭</Button>}
            </Flex>
          </>
        )}
      </Flex>
    </Modal>
  );
}
