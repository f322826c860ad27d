// 现场照片与备注: photos of the site (checked and sent one by one), the note, and a correction's reason.
import { PlusOutlined } from '@ant-design/icons';
import { BATCH_LIMITS } from '@app/domain';
import { Card, Form, Input, Upload } from 'antd';
import { errorMessage } from '../../../../lib/graphql-errors';
import type { PhotoResponse } from '../batch-form.types';
import type { BatchPhotos } from '../hooks/use-batch-photos';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export function PhotosNoteCard({ photos, correcting }: { photos: BatchPhotos; correcting: boolean }) {
  const { setPhotoError } = photos;
  return (
    <Card variant="borderless" title="现场照片与备注" size="small">
      <Form.Item
        label="现场照片"
        extra={`JPG、PNG 或 WebP，每张不超过 5 MB，最多 ${BATCH_LIMITS.photos} 张`}
        validateStatus={photos.photoError ? 'error' : undefined}
        help={photos.photoError ?? undefined}
      >
        <Upload<PhotoResponse>
          listType="picture-card"
          accept=".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp"
          multiple
          fileList={photos.photos}
          maxCount={BATCH_LIMITS.photos}
          onChange={({ fileList }) =>
            photos.setPhotos(
              fileList.map((f) =>
                f.status === 'done' && f.response && !f.url
                  ? { ...f, url: f.response.url, thumbUrl: f.thumbUrl ?? f.response.url }
                  : f,
              ),
            )
          }
          beforeUpload={(file) => {
            setPhotoError(null);
            if (!PHOTO_TYPES.includes(file.type)) {
              setPhotoError(`“${file.name}”不是 JPG、PNG 或 WebP 图片`);
              return Upload.LIST_IGNORE;
            }
            if (file.size > BATCH_LIMITS.photoBytes) {
              setPhotoError(`“${file.name}”超过 5 MB`);
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            photos.upload(file as File).then(
              (response) => onSuccess?.(response),
              (error: unknown) => {
                setPhotoError(errorMessage(error, '照片上传失败，请重试'));
                onError?.(error instanceof Error ? error : new Error(String(error)));
              },
            );
          }}
        >
          {photos.photos.length < BATCH_LIMITS.photos && (
            <button type="button" className="upload-button">
              <PlusOutlined />
              <div>上传照片</div>
            </button>
          )}
        </Upload>
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={3} maxLength={BATCH_LIMITS.note} showCount />
      </Form.Item>
      {correcting && (
        <Form.Item
          name="reason"
          label="更正原因"
          extra="更正会生成新版本，原版本保留备查"
          rules={[{ required: true, whitespace: true, message: '请填写更正原因' }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      )}
    </Card>
  );
}
