// 年度材料: the host unit files each of its approved teams' year report — the summary of the year's work and, when
// approved money is left, the explanation the notice asks for (the server says how much is left).
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, List, Modal } from 'antd';
import { useState } from 'react';
import { SubmitProgrammeYearReportDocument } from '../../../graphql/operations';
import { applyServerFieldErrors } from '../../../lib/server-field-errors';

interface Values {
  summary: string;
  balanceNote: string;
}

export function YearReportCard({
  teams,
}: {
  teams: { teamId: string | null; name: string; year: number }[];
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [team, setTeam] = useState<{ teamId: string; name: string; year: number } | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SubmitProgrammeYearReportDocument);
  const mine = teams.flatMap((t) => (t.teamId ? [{ ...t, teamId: t.teamId }] : []));
  if (!mine.length) return null;
  const send = async () => {
    const v = await form.validateFields();
    if (!team) return;
    try {
      await submit({
        variables: { teamId: team.teamId, input: { summary: v.summary, balanceNote: v.balanceNote || null } },
      });
      message.success(`已上报“${team.name}”${team.year}年度材料`);
      setTeam(null);
    } catch (e) {
      setBanner(applyServerFieldErrors(form, e).message);
    }
  };
  return (
    <Card size="small" title="年度材料上报（11 月 20 日前）" style={{ marginTop: 16 }}>
      <List
        size="small"
        dataSource={mine}
        renderItem={(t) => (
          <List.Item
            actions={[
              <Button
                key="r"
                size="small"
                onClick={() => {
                  setBanner(null);
                  setTeam(t);
                }}
              >
                上报年度材料
              </Button>,
            ]}
          >
            {t.name}（{t.year} 年）
          </List.Item>
        )}
      />
      <Modal
        open={!!team}
        title={`上报年度材料：${team?.name ?? ''}`}
        okText="上报"
        confirmLoading={loading}
        onOk={() => void send()}
        onCancel={() => setTeam(null)}
        destroyOnHidden
      >
        {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" initialValues={{ summary: '', balanceNote: '' }}>
          <Form.Item
            name="summary"
            label="工作成效总结"
            rules={[{ required: true, message: '请填写工作成效总结' }]}
          >
            <Input.TextArea rows={5} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="balanceNote" label="结余经费专项说明（经费未用完时必填）">
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
