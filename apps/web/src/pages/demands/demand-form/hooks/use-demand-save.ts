// Saving the demand form: validate, create or update (a new demand is created once, then updated), submit when
// asked, and show the server's refusal on the fields it names (server-field-errors) and in the banner.
import { useMutation } from '@apollo/client/react';
import { App, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  CreateDemandDocument,
  SubmitDemandDocument,
  UpdateDemandDocument,
} from '../../../../graphql/operations';
import { applyServerFieldErrors } from '../../../../lib/server-field-errors';
import { SERVER_FIELDS, inputOf, type DemandFormValues, type Intent } from '../demand-form-values';

export function useDemandSave(
  form: FormInstance<DemandFormValues>,
  options: { onBehalf: boolean; savedId: string | null },
) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const intent = useRef<Intent>('submit');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<Intent | null>(null);
  // Once a new demand is saved, later saves update it instead of creating another.
  const [savedId, setSavedId] = useState<string | null>(options.savedId);
  const refetchQueries = ['Demands', 'DemandCounts'];
  const [create] = useMutation(CreateDemandDocument, { refetchQueries });
  const [update] = useMutation(UpdateDemandDocument, { refetchQueries });
  const [submit] = useMutation(SubmitDemandDocument, { refetchQueries });

  const save = async (next: Intent) => {
    intent.current = next;
    setFailure(null);
    let values: DemandFormValues;
    try {
      values = await form.validateFields({ recursive: true });
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center', focus: true });
      return;
    }
    setBusy(next);
    const input = inputOf(values, options.onBehalf);
    let id = savedId;
    let wrote = false;
    try {
      if (id) {
        const { organizationId: _ignored, ...changes } = input;
        await update({ variables: { id, input: changes } });
      } else {
        const { data } = await create({ variables: { input } });
        id = data?.createDemand.id ?? null;
        if (id) setSavedId(id);
      }
      wrote = true;
      if (!id) throw new Error('保存失败，请稍后重试');
      if (next === 'submit') await submit({ variables: { id } });
      message.success(
        next === 'submit' ? '需求已提交，等待属地人社局受理' : '已保存为草稿，可随时修改后提交',
      );
      navigate(`/demands/${id}`);
    } catch (error) {
      const { message: text, placed } = applyServerFieldErrors(form, error, { map: SERVER_FIELDS });
      const saved = wrote && next === 'submit' ? '内容已保存为草稿，但未能提交：' : '';
      setFailure(`${saved}${text}`);
      if (!placed) window.scrollTo({ top: 0, behavior: 'smooth' });
    } finally {
      setBusy(null);
    }
  };

  return { save, intent, failure, busy };
}
