// Submitting the batch form: check it, wait for photos, log or correct the batch, and on refusal put the
// server's field messages on the fields they concern (photo messages under the photos) with the whole message
// in the banner.
import { useMutation } from '@apollo/client/react';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  CorrectServiceBatchDocument,
  LogServiceBatchDocument,
  type BatchItemFragment,
} from '../../../../graphql/operations';
import { fieldErrorsOf } from '../../../../lib/field-errors';
import { useServerFieldErrors, type ServerFieldMap } from '../../../../lib/server-field-errors';
import { inputOf, type BatchFormValues } from '../batch-form.types';
import type { BatchPhotos } from './use-batch-photos';

/** Server field names that the form shows elsewhere; the photo fields go under the photo list. */
const SERVER_FIELDS: ServerFieldMap<BatchFormValues> = {
  startDate: 'period',
  endDate: 'period',
  problemsSolved: ['problems', 0],
  photoIds: null,
  file: null,
  teamId: null,
};

const REFETCH = ['ServiceBatches', 'TeamDetail', 'TeamSurvey', 'DemandService'];

export function useBatchSubmit(
  form: FormInstance<BatchFormValues>,
  teamId: string,
  photos: BatchPhotos,
  batch?: BatchItemFragment,
) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [log] = useMutation(LogServiceBatchDocument, { refetchQueries: REFETCH });
  const [correct] = useMutation(CorrectServiceBatchDocument, { refetchQueries: REFETCH });
  const placeErrors = useServerFieldErrors(form, SERVER_FIELDS);

  const submit = async () => {
    setFailure(null);
    photos.setPhotoError(null);
    let values: BatchFormValues;
    try {
      values = await form.validateFields({ recursive: true });
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      return;
    }
    if (photos.uploading) {
      photos.setPhotoError('照片仍在上传，请稍候再提交');
      return;
    }
    const input = inputOf(teamId, values, photos.ids);
    setBusy(true);
    try {
      if (batch) {
        await correct({ variables: { id: batch.id, input, reason: (values.reason ?? '').trim() } });
        message.success('已更正服务批次，原版本已保留');
      } else {
        await log({ variables: { input } });
        message.success(`已登记服务批次（${input.days} 天）`);
      }
      navigate(`/teams/${teamId}`);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const photoMessage = fields.photoIds ?? fields.file;
      if (photoMessage) photos.setPhotoError(photoMessage);
      const { message: text, placed } = placeErrors(error);
      setFailure(text);
      if (!placed) window.scrollTo({ top: 0, behavior: 'smooth' });
    } finally {
      setBusy(false);
    }
  };

  return { submit, busy, failure };
}
