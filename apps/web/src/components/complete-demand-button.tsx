// 完成服务: the demand goes to 已完成 once its team has served the notices' minimum of days. When the server says
// the team is short of days (SERVICE_DAYS_SHORT), its message is shown; a provincial dispatcher may then complete
// anyway with a reason (强制完成), which is kept on the demand. A bureau cannot override.
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useAuth } from '../auth/auth-context';
import { CompleteDemandDocument } from '../graphql/operations';
import { errorReason } from '../lib/graphql-errors';
import { useServerFieldErrors } from '../lib/server-field-errors';

/** The server names the override's reason `overrideReason`; the dialog's box is `reason`. */
const COMPLETE_FIELDS = { overrideReason: 'reason', id: null } as const;

export function CompleteDemandButton({
  demand,
  size,
}: {
  demand: { id: string; title: string; availableActions: readonly string[] };
  size?: ButtonProps['size'];
}) {
  const { account } = useAuth();
  const { message, modal } = App.useApp();
  const [complete, { loading }] = useMutation(CompleteDemandDocument, {
    refetchQueries: [
      'Demands',
      'DemandCounts',
      'DemandService',
      'TeamDetail',
      'ServiceBatches',
      'Notifications',
    ],
  });
  const [confirming, setConfirming] = useState(false);
  const [shortMessage, setShortMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  const placeErrors = useServerFieldErrors(form, COMPLETE_FIELDS);
  const mayOverride = account?.role === 'PROVINCE' || account?.role === 'ADMIN';

  if (!demand.availableActions.includes('complete')) return null;

  const run = async (overrideReason: string | null) => {
    setFailure(null);
    try {
      await complete({ variables: { id: demand.id, overrideReason } });
      message.success(overrideReason ? '已强制完成，原因已记入办理记录' : '服务已完成，已通知需求单位评价');
      setConfirming(false);
      setShortMessage(null);
      form.resetFields();
    } catch (error) {
      const text = placeErrors(error, '操作失败，请稍后重试').message;
      if (errorReason(error) === 'SERVICE_DAYS_SHORT') {
        setConfirming(false);
        if (mayOverride) {
          setShortMessage(text);
        } else {
          modal.warning({
            title: '服务天数不足，暂不能完成',
            content: `${text}。如确需完成，请联系省厅派单员。`,
            okText: '知道了',
          });
        }
        return;
      }
      setFailure(text);
    }
  };

  const overrideNow = async () => {
    let values: { reason?: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    await run(values.reason!.trim());
  };

  return (
    <>
      <Button size={size} type="primary" onClick={() => setConfirming(true)}>
        完成服务
      </Button>
      <Modal
        title={`完成服务：${demand.title}`}
        open={confirming}
        onCancel={() => {
          setConfirming(false);
          setFailure(null);
        }}
        onOk={() => void run(null)}
        okText="确认完成"
        cancelText="返回"
        confirmLoading={loading && !shortMessage}
      >
        {failure && !shortMessage && (
          <Alert className="modal-alert" type="error" showIcon title={failure} role="alert" />
        )}
        <Typography.Paragraph>
          确认专家服务已经完成？完成后需求单位将收到评价提醒，并在 30 天、180 天后回访问题是否仍已解决。
        </Typography.Paragraph>
      </Modal>
      <Modal
        title="强制完成"
        open={!!shortMessage}
        onCancel={() => {
          setShortMessage(null);
          setFailure(null);
          form.resetFields();
        }}
        onOk={() => void overrideNow()}
        okText="强制完成"
        okButtonProps={{ danger: true }}
        cancelText="返回"
        confirmLoading={loading}
        forceRender
      >
        <Alert
          className="modal-alert"
          type="warning"
          showIcon
          role="alert"
          title={shortMessage}
          data-testid="service-days-short"
        />
        {failure && <Alert className="modal-alert" type="error" showIcon title={failure} role="alert" />}
        <Form form={form} layout="vertical" name="complete-override" requiredMark={false}>
          <Form.Item
            name="reason"
            label="强制完成的原因"
            rules={[{ required: true, whitespace: true, message: '请填写强制完成的原因' }]}
            extra="原因将记入需求的办理记录和审计日志"
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              placeholder="如：基层单位问题已提前解决，经核实同意结束服务"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
