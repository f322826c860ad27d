// 希望服务的开始日期 / 结束日期: two pickers that fit a phone, a sensible default filled in, and every problem said
// at once — a past date or an end before the start is refused with a message, never reordered or dropped.
import { Col, DatePicker, Form, InputNumber, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { DEMAND_LIMITS } from '@app/domain';
import { daysIn, pastDateProblem } from '../demand-form-values';

export function PeriodFields({
  onSubmitOnly,
}: {
  onSubmitOnly: (check: (value: unknown) => string | null) => FormRule;
}) {
  return (
    <>
      <Col xs={12} md={6}>
        <Form.Item
          name="startDate"
          required
          label="希望开始日期"
          rules={[
            {
              validator: async (_r, value: Dayjs | null) => void throwIf(pastDateProblem('开始日期', value)),
            },
            onSubmitOnly((value) => (value ? null : '请选择希望服务的开始日期')),
          ]}
        >
          <DatePicker style={{ width: '100%' }} placeholder="开始日期" inputReadOnly={false} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name="endDate"
          required
          label="希望结束日期"
          dependencies={['startDate']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_r, value: Dayjs | null) => {
                throwIf(pastDateProblem('结束日期', value));
                const start = getFieldValue('startDate') as Dayjs | null;
                if (value && start && value.isBefore(start, 'day')) {
                  throw new Error(
                    `结束日期（${value.format('YYYY-MM-DD')}）早于开始日期（${start.format('YYYY-MM-DD')}），请重新选择`,
                  );
                }
              },
            }),
            onSubmitOnly((value) => (value ? null : '请选择希望服务的结束日期')),
          ]}
        >
          <DatePicker style={{ width: '100%' }} placeholder="结束日期" />
        </Form.Item>
      </Col>
    </>
  );
}

export function ExpectedDaysField() {
  return (
    <Form.Item
      name="expectedDays"
      label="预计服务天数"
      dependencies={['startDate', 'endDate']}
      rules={[
        {
          type: 'integer',
          min: 1,
          max: DEMAND_LIMITS.expectedDays,
          message: `预计服务天数应为 1 到 ${DEMAND_LIMITS.expectedDays} 之间的整数`,
        },
        ({ getFieldValue }) => ({
          validator: async (_rule, value: number | null | undefined) => {
            const days = daysIn(getFieldValue('startDate'), getFieldValue('endDate'));
            if (value && days && days > 0 && value > days)
              throw new Error(`预计服务天数（${value} 天）超过了服务期（${days} 天），请调整天数或起止日期`);
          },
        }),
      ]}
    >
      <InputNumber
        min={1}
        max={DEMAND_LIMITS.expectedDays}
        precision={0}
        style={{ width: '100%' }}
        placeholder="天"
      />
    </Form.Item>
  );
}

function throwIf(problem: string | null): void {
  if (problem) throw new Error(problem);
}
