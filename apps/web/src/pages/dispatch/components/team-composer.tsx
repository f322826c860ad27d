// 组建服务团: the lead, the members, the name, level, period and budget of the team to dispatch, with what the team
// does not cover yet. Its state is the composer hook's antd Form.
import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { FUNDING_CAPS, TEAM_LIMITS } from '@app/domain';
import type { DemandDetailFragment, Field } from '../../../graphql/operations';
import { useCatalog } from '../../../lib/catalog';
import type { ComposerValues, TeamComposerState } from '../hooks/use-team-composer';
import { coverageGaps, type TeamPick } from '../team-picks';
import { DateRangeField } from '../../../components/date-range-field';

function LeadField({ value }: { value?: TeamPick | null }) {
  return (
    <div data-testid="team-lead">
      {value ? (
        <Tag color="gold">
          {value.name}
          {value.title ? ` · ${value.title}` : ''}
        </Tag>
      ) : (
        <Typography.Text type="secondary">未选择：在左侧的推荐专家中点 设为领衔</Typography.Text>
      )}
    </div>
  );
}

function MembersField({
  value = [],
  onLead,
  onRemove,
}: {
  value?: TeamPick[];
  onLead: (p: TeamPick) => void;
  onRemove: (p: TeamPick) => void;
}) {
  return (
    <Flex vertical gap={4} data-testid="team-members">
      {value.length === 0 && <Typography.Text type="secondary">暂无成员</Typography.Text>}
      {value.map((m) => (
        <Flex key={m.id} justify="space-between" align="center" className="team-member" data-expert={m.name}>
          <span>
            {m.name}
            {m.title ? <Typography.Text type="secondary"> · {m.title}</Typography.Text> : null}
          </span>
          <Space size={4}>
            <Button size="small" type="link" onClick={() => onLead(m)}>
              设为领衔
            </Button>
            <Button size="small" type="link" danger aria-label={`移出 ${m.name}`} onClick={() => onRemove(m)}>
              移出
            </Button>
          </Space>
        </Flex>
      ))}
    </Flex>
  );
}

export function TeamComposer({
  demand,
  libraryUncovered,
  composer,
}: {
  demand: DemandDetailFragment;
  libraryUncovered: readonly Field[];
  composer: TeamComposerState;
}) {
  const catalog = useCatalog();
  const { form, team, setAsLead, removeMember, submit, dispatching, failure, setFailure } = composer;
  const level = (Form.useWatch('level', form) as ComposerValues['level'] | undefined) ?? 'PROVINCIAL';
  const teamSize = (team.lead ? 1 : 0) + team.members.length;
  const gaps = coverageGaps(demand.fields, team, libraryUncovered);
  const names = (fields: readonly Field[]) => fields.map((f) => catalog.label('fields', f)).join('、');
  return (
    <Card size="small" title="组建服务团" className="team-composer">
      {gaps.library.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="uncovered-library"
          title={`专家库中没有可覆盖以下领域的专家：${names(gaps.library)}`}
          style={{ marginBottom: 12 }}
        />
      )}
      {gaps.teamOnly.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="uncovered-team"
          title={`本服务团尚未覆盖：${names(gaps.teamOnly)}`}
          description="专家库中有该领域的专家，但与本需求问题相关的较少；可在“查找专家”中按姓名核查后加入。"
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<ComposerValues>
        form={form}
        layout="vertical"
        component="div"
        initialValues={{ lead: null, members: [], name: '', level: 'PROVINCIAL', period: null, budget: null }}
      >
        <Form.Item
          label="领衔专家"
          name="lead"
          rules={[
            { validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('请选择领衔专家'))) },
          ]}
        >
          <LeadField />
        </Form.Item>
        <Form.Item
          label={`团队成员（${team.members.length}）`}
          name="members"
          extra={
            teamSize !== demand.expertsWanted ? (
              <Typography.Text type="warning">
                需求希望 {demand.expertsWanted} 位专家，当前 {teamSize} 位
              </Typography.Text>
            ) : undefined
          }
        >
          <MembersField onLead={setAsLead} onRemove={removeMember} />
        </Form.Item>
        <Form.Item
          label="服务团名称"
          name="name"
          required
          rules={[{ required: true, whitespace: true, message: '请填写服务团名称' }]}
        >
          <Input aria-label="服务团名称" maxLength={TEAM_LIMITS.name} />
        </Form.Item>
        <Form.Item label="层级" name="level">
          <Select aria-label="层级" options={catalog.options('teamLevels')} />
        </Form.Item>
        <Form.Item
          label="服务期"
          name="period"
          required
          rules={[{ required: true, message: '请选择服务期' }]}
        >
          <DateRangeField />
        </Form.Item>
        <Form.Item label="经费（元，可选）" name="budget">
          <InputNumber
            aria-label="经费"
            min={0}
            max={FUNDING_CAPS[level].maxBudget}
            precision={0}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="派单未成功"
          description={failure}
          closable
          onClose={() => setFailure(null)}
          style={{ marginBottom: 12 }}
          data-testid="dispatch-error"
        />
      )}
      <Button
        type="primary"
        block
        icon={<SendOutlined />}
        loading={dispatching}
        disabled={demand.status !== 'ACCEPTED'}
        onClick={() => void submit()}
      >
        派单并邀请专家
      </Button>
      {demand.status !== 'ACCEPTED' && <Typography.Text type="secondary">该需求当前不可派单</Typography.Text>}
    </Card>
  );
}
