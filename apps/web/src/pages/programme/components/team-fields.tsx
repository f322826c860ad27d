// Annex 1 (专家服务基层示范团项目申报表) as form items, under the form value `form`.
import { Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { BASE_LEVEL_LABELS, FIELD_LABELS, SERVICE_FORM_LABELS } from '@app/domain';
import { ExpertPicker } from './expert-picker';
import { BudgetLines, ContactFields, LongText, opts } from './form-parts';

export function TeamFields({ known }: { known: Record<string, string> }) {
  const relies = Form.useWatch(['form', 'reliesOnBase']);
  return (
    <>
      <h3>一、基本信息</h3>
      <Form.Item
        name={['form', 'name']}
        label="服务团名称"
        rules={[{ required: true, message: '请填写服务团名称' }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name={['form', 'reliesOnBase']} label="是否依托专家服务基地">
          <Radio.Group
            options={[
              { value: true, label: '是' },
              { value: false, label: '否' },
            ]}
          />
        </Form.Item>
        {relies && (
          <Form.Item name={['form', 'baseLevel']} label="基地级别">
            <Radio.Group options={opts(BASE_LEVEL_LABELS)} />
          </Form.Item>
        )}
        {relies && (
          <Form.Item name={['form', 'baseName']} label="基地名称">
            <Input maxLength={100} />
          </Form.Item>
        )}
      </Space>
      <Form.Item name={['form', 'leadExpertId']} label="领衔专家">
        <ExpertPicker known={known} />
      </Form.Item>
      <Form.Item name={['form', 'memberExpertIds']} label="服务专家（专家库中的，可多选）">
        <ExpertPicker mode="multiple" known={known} />
      </Form.Item>
      <Space wrap>
        <Form.Item name={['form', 'expertCount']} label="参与服务专家人数">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name={['form', 'visitCount']} label="服务次数">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name={['form', 'startDate']} label="开始时间">
          <Input type="date" />
        </Form.Item>
        <Form.Item name={['form', 'endDate']} label="结束时间">
          <Input type="date" />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name={['form', 'cityCount']} label="覆盖地市数">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name={['form', 'countyCount']} label="覆盖区县数">
          <InputNumber min={0} />
        </Form.Item>
      </Space>
      <Form.Item name={['form', 'places']} label="活动地点（地市、区县、单位）">
        <Input.TextArea autoSize maxLength={500} />
      </Form.Item>
      <Form.Item name={['form', 'fields']} label="服务领域">
        <Select mode="multiple" options={opts(FIELD_LABELS)} />
      </Form.Item>
      <ContactFields />
      <h4>对口帮扶情况（可多选，填写县名）</h4>
      <Space wrap align="start">
        <Form.Item name={['form', 'pairing', 'crossProvinceKey']} label="跨省帮扶 · 国家乡村振兴重点帮扶县">
          <Select mode="tags" style={{ minWidth: 260 }} open={false} />
        </Form.Item>
        <Form.Item name={['form', 'pairing', 'crossProvinceOther']} label="跨省帮扶 · 非重点帮扶县">
          <Select mode="tags" style={{ minWidth: 260 }} open={false} />
        </Form.Item>
        <Form.Item name={['form', 'pairing', 'inProvinceKey']} label="省内帮扶 · 国家乡村振兴重点帮扶县">
          <Select mode="tags" style={{ minWidth: 260 }} open={false} />
        </Form.Item>
        <Form.Item name={['form', 'pairing', 'inProvinceOther']} label="省内帮扶 · 非重点帮扶县">
          <Select mode="tags" style={{ minWidth: 260 }} open={false} />
        </Form.Item>
      </Space>
      <Form.Item name={['form', 'serviceForms']} label="拟采取的服务形式（可多选）">
        <Checkbox.Group options={opts(SERVICE_FORM_LABELS)} />
      </Form.Item>
      <Form.Item name={['form', 'serviceFormOther']} label="其他服务形式（选择“其他”时注明）">
        <Input maxLength={50} />
      </Form.Item>
      <LongText name="content" label="拟开展的服务内容（服务内容、组织形式等）" />
      <Form.Item name={['form', 'summary']} label="服务内容简介（汇总表用，不超过 200 字）">
        <Input.TextArea autoSize maxLength={200} showCount />
      </Form.Item>
      <h3>二、经费保障</h3>
      <BudgetLines hint="国家级专家服务团经费支持不超过 20 万元，市级专家服务团不超过 10 万元" />
    </>
  );
}
