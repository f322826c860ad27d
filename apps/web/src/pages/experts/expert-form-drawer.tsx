// 新增专家 / 编辑专家 (ADMIN, PROVINCE): upsertExpert, with the server's field messages on the fields.
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Drawer, Form, Grid, Space } from 'antd';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import { ExpertDocument, type ExpertDetail } from '../../graphql/operations';
import { ExpertFormFields } from './components/expert-form-fields';
import { EMPTY, valuesOf, type ExpertFormValues } from './expert-form.types';
import { useExpertSave } from './hooks/use-expert-save';

export function ExpertFormDrawer({
  id,
  open,
  onClose,
  onSaved,
}: {
  id: string | null;
  open: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const screens = Grid.useBreakpoint();
  const { data, loading, error, refetch } = useQuery(ExpertDocument, {
    variables: { id: id ?? '' },
    skip: !open || !id,
    fetchPolicy: 'network-only',
  });
  const expert = id ? data?.expert : null;
  return (
    <Drawer
      title={id ? `编辑专家${expert ? `：${expert.name}` : ''}` : '新增专家'}
      open={open}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
    >
      {id && !expert ? (
        loading ? (
          <LoadingBlock />
        ) : error ? (
          <ErrorBlock error={error} onRetry={() => void refetch()} />
        ) : null
      ) : (
        <ExpertForm key={id ?? 'new'} expert={expert ?? null} onSaved={onSaved} onCancel={onClose} />
      )}
    </Drawer>
  );
}

function ExpertForm({
  expert,
  onSaved,
  onCancel,
}: {
  expert: ExpertDetail | null;
  onSaved: (id: string) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<ExpertFormValues>();
  const { save, saving, failure } = useExpertSave(form, expert, onSaved);
  return (
    <Form<ExpertFormValues>
      form={form}
      layout="vertical"
      name="expert"
      initialValues={expert ? valuesOf(expert) : EMPTY}
    >
      {failure && <Alert className="modal-alert" type="error" showIcon role="alert" title={failure} />}
      <ExpertFormFields expert={expert} />
      <Space>
        <Button type="primary" loading={saving} onClick={() => void save()}>
          保存
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
