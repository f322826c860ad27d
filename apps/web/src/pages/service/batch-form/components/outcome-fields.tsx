// One row of the outcome list: the survey item and its number, or its text for the descriptive items.
import { MinusCircleOutlined } from '@ant-design/icons';
import { BATCH_LIMITS } from '@app/domain';
import { Button, Col, Form, Input, InputNumber, Row, Select, type FormListFieldData } from 'antd';
import type { OutcomeItem } from '../../../../graphql/operations';
import { useCatalog } from '../../../../lib/catalog';
import { isTextOutcome, type BatchFormValues } from '../batch-form.types';

export function OutcomeFields({
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
    <Row gutter={8} align="top" className="form-list__row" data-testid="outcome-row">
      <Col xs={24} md={9}>
        <Form.Item name={[field.name, 'item']} rules={[{ required: true, message: '请选择成效项目' }]}>
          <Select
            aria-label={`成效项目 ${n}`}
            placeholder="成效项目"
            showSearch={{ optionFilterProp: 'label' }}
            options={catalog.options('outcomeItems')}
          />
        </Form.Item>
      </Col>
      <Col xs={20} md={14}>
        <Form.Item
          noStyle
          shouldUpdate={(prev: BatchFormValues, next: BatchFormValues) =>
            prev.outcomes?.[field.name]?.item !== next.outcomes?.[field.name]?.item
          }
        >
          {({ getFieldValue }) => {
            const item = getFieldValue(['outcomes', field.name, 'item']) as OutcomeItem | undefined;
            return isTextOutcome(item) ? (
              <Form.Item
                name={[field.name, 'text']}
                rules={[
                  { required: true, whitespace: true, message: '请填写具体描述' },
                  { max: BATCH_LIMITS.outcomeText, message: `不超过 ${BATCH_LIMITS.outcomeText} 个字` },
                ]}
              >
                <Input
                  aria-label={`成效描述 ${n}`}
                  placeholder="具体描述"
                  maxLength={BATCH_LIMITS.outcomeText}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name={[field.name, 'value']}
                rules={[
                  { required: true, message: '请填写数量' },
                  { type: 'integer', min: 0, message: '数量应为不小于 0 的整数' },
                ]}
              >
                <InputNumber
                  aria-label={`成效数量 ${n}`}
                  min={0}
                  precision={0}
                  style={{ width: '100%' }}
                  placeholder="数量"
                  disabled={!item}
                />
              </Form.Item>
            );
          }}
        </Form.Item>
      </Col>
      <Col xs={4} md={1}>
        <Button type="text" icon={<MinusCircleOutlined />} aria-label={`删除成效 ${n}`} onClick={onRemove} />
      </Col>
    </Row>
  );
}
