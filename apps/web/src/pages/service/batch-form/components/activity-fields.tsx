// One row of the activity list: type, sessions, participants and a note.
import { MinusCircleOutlined } from '@ant-design/icons';
import { BATCH_LIMITS } from '@app/domain';
import { Button, Col, Form, Input, InputNumber, Row, Select, type FormListFieldData } from 'antd';
import { useCatalog } from '../../../../lib/catalog';

export function ActivityFields({
  field,
  index,
  onRemove,
}: {
  field: FormListFieldData;
  index: number;
  onRemove: () => void;
}) {
  const catalog = useCatalog();
  const n = index + 1;
  return (
    <Row gutter={8} align="top" className="form-list__row" data-testid="activity-row">
      <Col xs={24} md={6}>
        <Form.Item name={[field.name, 'type']} rules={[{ required: true, message: '请选择活动类型' }]}>
          <Select
            aria-label={`活动类型 ${n}`}
            placeholder="活动类型"
            showSearch={{ optionFilterProp: 'label' }}
            options={catalog.options('activityTypes')}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item
          name={[field.name, 'count']}
          rules={[
            { required: true, message: '请填写场次' },
            { type: 'integer', min: 1, message: '场次应为正整数' },
          ]}
        >
          <InputNumber
            aria-label={`场次 ${n}`}
            min={1}
            precision={0}
            style={{ width: '100%' }}
            suffix="场/次"
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={5}>
        <Form.Item name={[field.name, 'participants']}>
          <InputNumber
            aria-label={`参加人数 ${n}`}
            min={0}
            precision={0}
            style={{ width: '100%' }}
            placeholder="参加人数"
            suffix="人"
          />
        </Form.Item>
      </Col>
      <Col xs={20} md={8}>
        <Form.Item name={[field.name, 'note']}>
          <Input
            aria-label={`活动说明 ${n}`}
            placeholder="说明（联合攻关的形式、其他活动的内容）"
            maxLength={BATCH_LIMITS.activityNote}
          />
        </Form.Item>
      </Col>
      <Col xs={4} md={1}>
        <Button type="text" icon={<MinusCircleOutlined />} aria-label={`删除活动 ${n}`} onClick={onRemove} />
      </Col>
    </Row>
  );
}
