// Bulk import of accounts from an xlsx sheet, with the server's row-by-row report.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  AdminAccountTemplateDocument,
  AdminImportAccountsDocument,
  type AdminImportAccountsMutation,
} from '../../../graphql/operations';
import { downloadBase64, readFileAsBase64 } from '../../../lib/download';
import { errorMessage } from '../../../lib/graphql-errors';

type Report = AdminImportAccountsMutation['importAccounts'];

export function AccountImportModal({
  open,
  onClose,
}: {
  open: boolean;
  onClose: (changed: boolean) => void;
}) {
  const client = useApolloClient();
  const [run, { loading }] = useMutation(AdminImportAccountsDocument);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const template = async () => {
    try {
      const { data } = await client.query({
        query: AdminAccountTemplateDocument,
        fetchPolicy: 'network-only',
      });
      if (data)
        downloadBase64(
          data.exportAccountImportTemplate.fileName,
          data.exportAccountImportTemplate.mimeType,
          data.exportAccountImportTemplate.contentBase64,
        );
    } catch (error) {
      setFailure(errorMessage(error, '模板下载失败'));
    }
  };

  const upload = async (file: File) => {
    setFailure(null);
    setReport(null);
    try {
      const { data } = await run({ variables: { contentBase64: await readFileAsBase64(file) } });
      if (data) setReport(data.importAccounts);
    } catch (error) {
      setFailure(errorMessage(error, '导入失败，请稍后重试'));
    }
    return false;
  };

  return (
    <Modal
      open={open}
      title="批量导入账号"
      footer={<Button onClick={() => onClose(!!report?.created)}>关闭</Button>}
      onCancel={() => onClose(!!report?.created)}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        第 1 行为表头：用户名、姓名、角色、地区代码、单位统一社会信用代码、初始密码；从第 2
        行起每行一个账号。基层单位账号按信用代码归属到已登记的单位；专家账号请由专家本人认领。每行单独处理，有问题的行不影响其他行。
      </Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} onClick={() => void template()}>
          下载模板
        </Button>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => upload(file)}>
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={loading}
            data-testid="account-import-upload"
          >
            选择 Excel 文件并导入
          </Button>
        </Upload>
      </Flex>
      {failure && <Alert type="error" showIcon title={failure} role="alert" />}
      {report && (
        <div data-testid="account-import-report">
          <Alert
            type={report.rejected ? 'warning' : 'success'}
            showIcon
            title={`已创建 ${report.created} 个账号，${report.rejected} 行未导入`}
            style={{ marginBottom: 8 }}
          />
          <Table
            size="small"
            rowKey="row"
            dataSource={report.rows}
            pagination={report.rows.length > 10 ? { pageSize: 10 } : false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '行号', dataIndex: 'row', width: 60 },
              { title: '用户名', dataIndex: 'username' },
              {
                title: '结果',
                render: (_, r) => <Tag color={r.ok ? 'green' : 'red'}>{r.ok ? '已创建' : '未导入'}</Tag>,
              },
              { title: '说明', dataIndex: 'message' },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
