// Saving the expert form: the client checks first, then upsertExpert; the server's field messages land on the
// fields (its `region` on the region picker), the whole message in the banner.
import { useMutation } from '@apollo/client/react';
import { App, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { UpsertExpertDocument, type ExpertDetail } from '../../../graphql/operations';
import { useServerFieldErrors, type ServerFieldMap } from '../../../lib/server-field-errors';
import { clientProblems, inputOf, type ExpertFormValues } from '../expert-form.types';

const SERVER_FIELDS: ServerFieldMap<ExpertFormValues> = { region: 'regionCode', id: null };

export function useExpertSave(
  form: FormInstance<ExpertFormValues>,
  expert: ExpertDetail | null,
  onSaved: (id: string) => void,
) {
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [upsert, { loading }] = useMutation(UpsertExpertDocument, { refetchQueries: ['Experts'] });
  const placeErrors = useServerFieldErrors(form, SERVER_FIELDS);
  useEffect(() => setFailure(null), [expert?.id]);

  const save = async () => {
    let values: ExpertFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (expert?.contactMasked) {
      // Saving would replace the contact details this account was never shown (the server keeps no "unchanged").
      setFailure('您无权查看该专家的完整联系方式，不能在此修改其信息，请联系省厅或管理员。');
      return;
    }
    const problems = clientProblems(values);
    if (Object.keys(problems).length) {
      form.setFields(
        Object.entries(problems).map(([name, text]) => ({
          name: name as keyof ExpertFormValues,
          errors: [text],
        })),
      );
      return;
    }
    setFailure(null);
    try {
      const { data } = await upsert({ variables: { input: inputOf(expert?.id ?? null, values) } });
      if (!data) throw new Error('保存失败，请稍后重试');
      message.success(
        expert ? `已保存 ${data.upsertExpert.name} 的信息` : `已添加专家 ${data.upsertExpert.name}`,
      );
      onSaved(data.upsertExpert.id);
    } catch (e) {
      setFailure(placeErrors(e, '保存失败，请稍后重试').message);
    }
  };

  return { save, saving: loading, failure };
}
