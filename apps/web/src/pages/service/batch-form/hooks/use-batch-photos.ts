// The batch's photos: the upload list (kept across a correction), the upload itself and its one error line.
import { useMutation } from '@apollo/client/react';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { UploadServicePhotoDocument, type BatchItemFragment } from '../../../../graphql/operations';
import { readFileAsBase64 } from '../../../../lib/download';
import type { PhotoResponse } from '../batch-form.types';

export interface BatchPhotos {
  photos: UploadFile<PhotoResponse>[];
  setPhotos: (photos: UploadFile<PhotoResponse>[]) => void;
  photoError: string | null;
  setPhotoError: (message: string | null) => void;
  upload: (file: File) => Promise<PhotoResponse>;
  /** Still sending a photo. */
  uploading: boolean;
  /** The ids of the photos the server holds. */
  ids: string[];
}

export function useBatchPhotos(teamId: string, batch?: BatchItemFragment): BatchPhotos {
  const [send] = useMutation(UploadServicePhotoDocument);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [photos, setPhotos] = useState<UploadFile<PhotoResponse>[]>(() =>
    (batch?.photos ?? []).map((p) => ({
      uid: p.id,
      name: p.fileName,
      status: 'done',
      url: p.url,
      thumbUrl: p.url,
      response: { id: p.id, url: p.url },
    })),
  );
  const upload = async (file: File): Promise<PhotoResponse> => {
    const contentBase64 = await readFileAsBase64(file);
    const { data } = await send({ variables: { teamId, fileName: file.name, contentBase64 } });
    if (!data) throw new Error('照片上传失败，请重试');
    return { id: data.uploadServicePhoto.id, url: data.uploadServicePhoto.url };
  };
  return {
    photos,
    setPhotos,
    photoError,
    setPhotoError,
    upload,
    uploading: photos.some((p) => p.status === 'uploading'),
    ids: photos.filter((p) => p.status === 'done' && p.response).map((p) => p.response!.id),
  };
}
