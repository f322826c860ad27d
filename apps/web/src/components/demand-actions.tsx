// The buttons of what the signed-in account may do with a demand now (the server's `availableActions`), with a
// dialog for the note or reason each step asks for.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Select, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import {
  AcceptDemandDocument,
  CancelDemandDocument,
  DemandsDocument,
  MergeDemandDocument,
  RejectDemandDocument,
  ReturnDemandDocument,
  SubmitDemandDocument,
  type DemandListItem,
} from '../graphql/operations';
import { errorMessage } from '../lib/graphql-errors';
import { useServerFieldErrors, type ServerFieldMap } from '../lib/server-field-errors';

export type DialogAction = 'accept' | 'return' | 'reject' | 'merge' | 'cancel';

const DIALOGS: Record<
  DialogAction,
  {
    button: string;
    title: string;
    label: string;
    placeholder: string;
    required: boolean;
    ok: string;
    danger?: boolean;
    done: string;
  }
> = {
  accept: {
    button: '受理',
    title: '受理需求',
    label: '受理意见（可选）',
    placeholder: '如：需求明确，报送省厅派单',
    required: false,
    ok: '确认受理',
    done: '已受理，需求已报送省厅派单',
  },
  return: {
    button: '退回修改',
    title: '退回需求',
    label: '退回原因',
    placeholder: '请写明需要基层单位补充或修改的内容，单位将看到这段话',
    required: true,
    ok: '确认退回',
    done: '已退回，单位修改后会重新提交',
  },
  reject: {
    button: '不予受理',
    title: '不予受理',
    label: '不予受理的原因',
    placeholder: '请写明不予受理的原因，单位将看到这段话',
    required: true,
    ok: '确认不予受理',
    danger: true,
    done: '已不予受理',
  },
  merge: {
    button: '合并重复需求',
    title: '合并重复需求',
    label: '合并说明（可选）',
    placeholder: '如：与同一单位此前提交的需求内容重复',
    required: false,
    ok: '确认合并',
    done: '已合并，本需求随即取消',
  },
  cancel: {
    button: '取消需求',
    title: '取消需求',
    label: '取消原因',
    placeholder: '请说明取消的原因',
    required: true,
    ok: '确认取消需求',
    danger: true,
    done: '需求已取消',
  },
};

const ORDER: DialogAction[] = ['accept', 'return', 'reject', 'merge', 'cancel'];

interface DialogValues {
  note?: string;
  intoId?: string;
}

type ActionDemand = Pick<
  DemandListItem,
  'id' | 'code' | 'title' | 'status' | 'availableActions' | 'filedByBureau'
> & {
  region?: { code: string } | null;
};

/** The dialog's one text box holds the server's `reason` or `note`. */
const DIALOG_FIELDS: ServerFieldMap<DialogValues> = {
  reason: 'note',
  note: 'note',
  intoId: 'intoId',
  id: null,
};

export function DemandActions({
  demand,
  size,
  showEdit = true,
  showSubmit = true,
  only,
}: {
  demand: ActionDemand;
  size?: ButtonProps['size'];
  showEdit?: boolean;
  showSubmit?: boolean;
  /** Show only these of the dialog actions (all that are available by default). */
  only?: DialogAction[];
}) {
  const { account } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState<DialogAction | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<DialogValues>();
  const placeErrors = useServerFieldErrors(form, DIALOG_FIELDS);
  const refetchQueries = ['Demands', 'DemandCounts', 'Notifications'];
  const [accept, acceptState] = useMutation(AcceptDemandDocument, { refetchQueries });
  const [ret, returnState] = useMutation(ReturnDemandDocument, { refetchQueries });
  const [reject, rejectState] = useMutation(RejectDemandDocument, { refetchQueries });
  const [merge, mergeState] = useMutation(MergeDemandDocument, { refetchQueries });
  const [cancel, cancelState] = useMutation(CancelDemandDocument, { refetchQueries });
  const [submit, submitState] = useMutation(SubmitDemandDocument, { refetchQueries });
  const busy =
    acceptState.loading ||
    returnState.loading ||
    rejectState.loading ||
    mergeState.loading ||
    cancelState.loading;

  const actions = new Set(demand.availableActions);
  const editable =
    (demand.status === 'DRAFT' || demand.status === 'RETURNED') &&
    (account?.role === 'UNIT' || (account?.role === 'LOCAL' && demand.filedByBureau));

  const close = () => {
    setOpen(null);
    setFailure(null);
    form.resetFields();
  };

  const confirm = async () => {
    if (!open) return;
    let values: DialogValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const note = values.note?.trim() || null;
    setFailure(null);
    try {
      if (open === 'accept') await accept({ variables: { id: demand.id, note } });
      if (open === 'return') await ret({ variables: { id: demand.id, reason: note ?? '' } });
      if (open === 'reject') await reject({ variables: { id: demand.id, reason: note ?? '' } });
      if (open === 'cancel') await cancel({ variables: { id: demand.id, reason: note ?? '' } });
      if (open === 'merge')
        await merge({ variables: { id: demand.id, intoId: values.intoId!, reason: note } });
      message.success(DIALOGS[open].done);
      close();
    } catch (error) {
      setFailure(placeErrors(error, '操作失败，请稍后重试').message);
    }
  };

  const submitNow = async () => {
    try {
      await submit({ variables: { id: demand.id } });
      message.success('需求已提交，等待属地人社局受理');
    } catch (error) {
      message.error({ content: `${errorMessage(error)}。请点“修改”补全后再提交`, duration: 8 });
    }
  };

  const dialog = open ? DIALOGS[open] : null;
  return (
    <>
      {showEdit && editable && (
        <Button
          size={size}
          type={demand.status === 'RETURNED' ? 'primary' : 'default'}
          onClick={() => navigate(`/demands/${demand.id}/edit`)}
        >
          {demand.status === 'RETURNED' ? '修改后重新提交' : '修改'}
        </Button>
      )}
      {showSubmit && actions.has('submit') && demand.status === 'DRAFT' && (
        <Button size={size} type="primary" loading={submitState.loading} onClick={() => void submitNow()}>
          提交需求
        </Button>
      )}
      {ORDER.filter((a) => actions.has(a) && (!only || only.includes(a))).map((action) => (
        <Button
          key={action}
          size={size}
          type={action === 'accept' ? 'primary' : 'default'}
          danger={DIALOGS[action].danger}
          onClick={() => setOpen(action)}
        >
          {DIALOGS[action].button}
        </Button>
      ))}
      <Modal
        title={dialog ? `${dialog.title}：${demand.title}` : ''}
        open={!!open}
        onCancel={close}
        onOk={() => void confirm()}
        okText={dialog?.ok}
        okButtonProps={{ danger: dialog?.danger }}
        cancelText="返回"
        confirmLoading={busy}
        forceRender
      >
        {failure && <Alert className="modal-alert" type="error" showIcon title={failure} role="alert" />}
        <Form form={form} layout="vertical" name={`demand-${open ?? 'action'}`} requiredMark={false}>
          {open === 'merge' && (
            <Form.Item
              name="intoId"
              label="合并到"
              rules={[{ required: true, message: '请选择要合并到的需求' }]}
            >
              <MergeTargetSelect demand={demand} />
            </Form.Item>
          )}
          <Form.Item
            name="note"
            label={dialog?.label}
            rules={
              dialog?.required ? [{ required: true, whitespace: true, message: `请填写${dialog.label}` }] : []
            }
          >
            <Input.TextArea rows={4} maxLength={500} showCount placeholder={dialog?.placeholder} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The demands of the same region that this one may be merged into (submitted or accepted, not itself). */
function MergeTargetSelect({
  demand,
  id,
  value,
  onChange,
}: {
  demand: ActionDemand;
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const { data, loading, error } = useQuery(DemandsDocument, {
    variables: {
      filter: { statuses: ['SUBMITTED', 'ACCEPTED'], regionCode: demand.region?.code },
      first: 100,
    },
  });
  const options = (data?.demands.nodes ?? [])
    .filter((d) => d.id !== demand.id)
    .map((d) => ({ value: d.id, label: `${d.code} ${d.title}（${d.organization?.name ?? ''}）` }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={loading}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={error ? errorMessage(error) : '按编号或标题查找'}
      options={options}
      notFoundContent={loading ? '正在加载…' : '辖区内没有可合并的已下单或已受理需求'}
    />
  );
}
