// 附件: the stamped scans of an application — the applicant uploads and removes them while the form is editable,
// every reader downloads them.
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Popconfirm, Upload } from 'antd';
import {
  DeleteProgrammeAttachmentDocument,
  ExportProgrammeAttachmentDocument,
  ProgrammeAttachmentsDocument,
  UploadProgrammeAttachmentDocument,
} from '../../../graphql/operations';
import { downloadBase64, readFileAsBase64 } from '../../../lib/download';
import { errorMessage } from '../../../lib/graphql-errors';

export function AttachmentsCard({ applicationId, editable }: { applicationId: string; editable: boolean }) {
  const { message } = App.useApp();
  const { data, loading } = useQuery(ProgrammeAttachmentsDocument, { variables: { applicationId } });
  const refetchQueries = ['ProgrammeAttachments'];
  const [upload, { loading: uploading }] = useMutation(UploadProgrammeAttachmentDocument, { refetchQueries });
  const [remove] = useMutation(DeleteProgrammeAttachmentDocument, { refetchQueries });
  const [fetchFile] = useLazyQuery(ExportProgrammeAttachmentDocument, { fetchPolicy: 'network-only' });
  return (
    <Card
      title="附件（盖章扫描件：PDF/JPG/PNG，每个不超过 5 MB）"
      style={{ marginTop: 16 }}
      extra={
        editable && (
          <Upload
            showUploadList={false}
            accept=".pdf,.jpg,.jpeg,.png"
            beforeUpload={async (file) => {
              try {
                await upload({
                  variables: {
                    applicationId,
                    fileName: file.name,
                    contentBase64: await readFileAsBase64(file),
                  },
                });
                message.success('附件已上传');
              } catch (e) {
                message.error(errorMessage(e, '上传失败，请稍后重试'));
              }
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading}>
              上传附件
            </Button>
          </Upload>
        )
      }
    >
      <List
        loading={loading}
        locale={{ emptyText: '暂无附件' }}
        dataSource={data?.programmeAttachments ?? []}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="get"
                type="link"
                onClick={async () => {
                  const r = await fetchFile({ variables: { id: a.id } });
                  const f = r.data?.exportProgrammeAttachment;
                  if (f) downloadBase64(f.fileName, f.mimeType, f.contentBase64);
                  else message.error(errorMessage(r.error, '下载失败'));
                }}
              >
                下载
              </Button>,
              ...(editable
                ? [
                    <Popconfirm
                      key="del"
                      title="删除该附件？"
                      okText="删除"
                      cancelText="取消"
                      onConfirm={async () => {
                        try {
                          await remove({ variables: { id: a.id } });
                        } catch (e) {
                          message.error(errorMessage(e, '删除失败'));
                        }
                      }}
                    >
                      <Button type="link" danger>
                        删除
                      </Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            {a.fileName}（{Math.ceil(a.size / 1024)} KB）
          </List.Item>
        )}
      />
    </Card>
  );
}
