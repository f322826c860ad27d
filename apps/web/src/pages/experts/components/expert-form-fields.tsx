// The expert form's fields: who, title, fields and specialties, honours, region and source, contact, cap.
import { Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { RegionCascader } from '../../../components/region-cascader';
import type { ExpertDetail } from '../../../graphql/operations';
import { useCatalog } from '../../../lib/catalog';

export function ExpertFormFields({ expert }: { expert: ExpertDetail | null }) {
  const catalog = useCatalog();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="name"
            label="姓名"
            rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
          >
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="gender" label="性别">
            <Radio.Group options={catalog.options('genders')} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="employer"
            label="工作单位"
            rules={[{ required: true, whitespace: true, message: '请填写工作单位' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="title"
            label="职称"
            rules={[
              { required: true, whitespace: true, message: '请填写职称，如 教授、主任医师、高级农艺师' },
            ]}
          >
            <Input maxLength={64} placeholder="如 主任医师" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="titleLevel"
            label="职称级别"
            rules={[{ required: true, message: '请选择职称级别' }]}
          >
            <Select options={catalog.options('titleLevels')} placeholder="请选择" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="fields"
        label="服务领域"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个服务领域' }]}
      >
        <Checkbox.Group className="checkbox-grid" options={catalog.options('fields')} />
      </Form.Item>
      <Form.Item
        name="specialties"
        label="研究方向/专长"
        extra="匹配主要依据这段文字，请写具体的技术、病种、作物或产品"
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="honours" label="人才称号">
        <Checkbox.Group className="checkbox-grid checkbox-grid--wide" options={catalog.options('honours')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="regionCode"
            label="所在地区"
            rules={[{ required: true, message: '请选择所在地区' }]}
          >
            <RegionCascader placeholder="省 / 市 / 区县" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="source" label="专家来源" rules={[{ required: true, message: '请选择专家来源' }]}>
            <Select options={catalog.options('expertSources')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label="手机" extra={expert?.contactMasked ? '已脱敏' : undefined}>
            <Input
              type="tel"
              inputMode="tel"
              autoComplete="off"
              placeholder={expert?.contactMasked ? (expert.phone ?? '') : '11 位手机号'}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label="邮箱" extra={expert?.contactMasked ? '已脱敏' : undefined}>
            <Input
              type="email"
              autoComplete="off"
              placeholder={expert?.contactMasked ? (expert.email ?? '') : ''}
            />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item
            name="annualCapDays"
            label="年度服务天数上限"
            rules={[{ required: true, type: 'integer', min: 1, max: 366, message: '应在 1 到 366 天之间' }]}
          >
            <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="retired" label="是否退休" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
