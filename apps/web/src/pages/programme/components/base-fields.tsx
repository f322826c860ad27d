// Annex 2 (专家服务基地申报表) as form items, under the form value `form`.
import { Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { BASE_HOST_TYPE_LABELS, FIELD_LABELS } from '@app/domain';
import { ExpertPicker } from './expert-picker';
import { BudgetLines, ContactFields, LongText, opts } from './form-parts';

export function BaseFields({ known }: { known: Record<string, string> }) {
  return (
    <>
      <h3>一、基本信息</h3>
      <Form.Item
        name={['form', 'name']}
        label="基地名称"
        rules={[{ required: true, message: '请填写基地名称' }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name={['form', 'hostUnitName']} label="依托单位名称">
        <Input maxLength={100} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name={['form', 'isProvincialBase']} label="是否省级专家服务基地">
          <Radio.Group
            options={[
              { value: true, label: '是' },
              { value: false, label: '否' },
            ]}
          />
        </Form.Item>
        <Form.Item name={['form', 'establishedOn']} label="设立时间">
          <Input type="date" />
        </Form.Item>
        <Form.Item name={['form', 'field']} label="所属行业领域">
          <Select style={{ minWidth: 160 }} options={opts(FIELD_LABELS)} />
        </Form.Item>
        <Form.Item name={['form', 'location']} label="所在地">
          <Input maxLength={100} />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name={['form', 'hostType']} label="依托单位类型">
          <Select style={{ minWidth: 200 }} options={opts(BASE_HOST_TYPE_LABELS)} />
        </Form.Item>
        <Form.Item name={['form', 'hostTypeOther']} label="其他类型（注明）">
          <Input maxLength={50} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name={['form', 'ownExperts']} label="对口联系专家 · 本单位（副高及以上）">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name={['form', 'externalExperts']} label="对口联系专家 · 外单位">
          <InputNumber min={0} />
        </Form.Item>
      </Space>
      <Form.Item name={['form', 'leadExpertId']} label="首席（领衔）专家">
        <ExpertPicker known={known} />
      </Form.Item>
      <ContactFields />
      <Form.Item name={['form', 'address']} label="通讯地址">
        <Input maxLength={200} />
      </Form.Item>
      <h3>二、开展专家服务活动情况（已开展的单位填写）</h3>
      <LongText name="rulesInForce" label="1. 开展专家服务的现行制度" />
      <LongText name="fundingInPlace" label="2. 经费保障" />
      <LongText name="pastActivity" label="3. 近年来开展专家服务活动情况及成效" />
      <h3>三、申请设立国家或上海专家服务基地的有关考虑</h3>
      <LongText name="necessityNational" label="1. 必要性：与国家战略需求的相关性" />
      <LongText name="necessityMunicipal" label="与本市发展战略、重点领域或重点行业的相关性" />
      <LongText name="necessityGrassroots" label="与基层经济社会发展需要的相关性" />
      <LongText name="areas" label="2. 服务的主要领域和区域" />
      <LongText name="supportForExperts" label="3. 能为专家及其团队开展服务活动提供的支持和保障" />
      <h4>4. 依托单位经费保障</h4>
      <BudgetLines hint="国家级专家服务基地经费支持不超过 40 万元，上海市专家服务基地不超过 20 万元" />
      <LongText name="flexibleTalent" label="5. 柔性引才机制建立及运行情况" />
      <LongText name="threeYearPlan" label="6. 未来三年专家服务工作计划" />
      <Form.Item name={['form', 'summary']} label="服务内容简介（汇总表用，不超过 200 字）">
        <Input.TextArea autoSize maxLength={200} showCount />
      </Form.Item>
    </>
  );
}
