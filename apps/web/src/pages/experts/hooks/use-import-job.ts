// The import job: reading and sending the file, polling the job every second until it finishes, telling the
// page once it succeeded, and the rejected rows with their own contents for download.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { ImportJobDocument, StartExpertImportDocument } from '../../../graphql/operations';
import { downloadCsv, downloadXlsx, readFileAsBase64 } from '../../../lib/download';
import { errorMessage } from '../../../lib/graphql-errors';
import { readSheet, type SheetRows } from '../../../lib/sheet-reader';

const MAX_BYTES = 50 * 1024 * 1024;

export function useImportJob(onImported: () => void) {
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

  return { jobId, job, finished, fileName, failure, reading, pollError, upload, reset, downloadRejected };
}
