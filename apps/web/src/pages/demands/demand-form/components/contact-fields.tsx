// 联系人 / 联系电话: pre-filled from the unit's last demand (or the account), capped as the server caps them.
import { Col, Form, Input, type FormRule } from 'antd';
import { DEMAND_LIMITS, MOBILE } from '@app/domain';
import { LANDLINE } from '../demand-form-values';

/** Only what a phone number is made of: digits and a hyphen after the area code. */
const phoneChars = (value: string | undefined) =>
  (value ?? '').replace(/[^\d-]/g, '').slice(0, DEMAND_LIMITS.contactPhone);

export function ContactFields({
  onSubmitOnly,
}: {
  onSubmitOnly: (check: (value: unknown) => string | null) => FormRule;
}) {
  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item
          name="contactName"
          required
          label="联系人"
          rules={[
            { max: DEMAND_LIMITS.contactName, message: '联系人姓名过长' },
            onSubmitOnly((value) =>
              String(value ?? '').trim() ? null : '请填写联系人，方便专家和属地人社局联系',
            ),
          ]}
        >
          <Input autoComplete="name" placeholder="姓名" maxLength={DEMAND_LIMITS.contactName} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="contactPhone"
          required
          label="联系电话"
          normalize={phoneChars}
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                const phone = (value ?? '').replace(/\s/g, '');
                if (phone && !MOBILE.test(phone) && !LANDLINE.test(phone)) {
                  throw new Error(
                    '联系电话格式不正确：请填写 11 位手机号，或带区号的固定电话（如 021-57321234）',
                  );
                }
              },
            },
            onSubmitOnly((value) => (String(value ?? '').trim() ? null : '请填写联系电话')),
          ]}
        >
          <Input
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            placeholder="手机号或固定电话"
            maxLength={DEMAND_LIMITS.contactPhone}
          />
        </Form.Item>
      </Col>
    </>
  );
}
