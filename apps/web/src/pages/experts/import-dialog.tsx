// 导入专家 (ADMIN, PROVINCE): an .xlsx or .csv file goes to the server as base64, the import runs as a job whose
// progress is polled every second, and the row-level report comes back: created, updated, unchanged, and each
// rejected row with its reason — downloadable with the rows' own contents to fix and import again.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Typography, Upload } from 'antd';
import { downloadCsv } from '../../lib/download';
import { ImportProgress } from './components/import-progress';
import { useImportJob } from './hooks/use-import-job';

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

export function ImportDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}) {
  const { jobId, job, finished, fileName, failure, reading, pollError, upload, reset, downloadRejected } =
    useImportJob(onImported);
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
