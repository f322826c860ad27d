// 时间与地点: which demand, the dates and days, remote or on site, the county and the units served.
import { BATCH_LIMITS } from '@app/domain';
import { Card, Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { DateRangeField } from '../../../../components/date-range-field';
import { RegionCascader } from '../../../../components/region-cascader';
import type { TeamDetailFragment } from '../../../../graphql/operations';
import { formatPeriod } from '../../../../lib/format';
import { calendarDays, type BatchFormValues } from '../batch-form.types';

export function PeriodPlaceCard({
  team,
  demands,
  correcting,
}: {
  team: TeamDetailFragment;
  demands: TeamDetailFragment['demands'];
  correcting: boolean;
}) {
  const teamEnd = dayjs(team.endDate);
  const today = dayjs();
  return (
    <Card variant="borderless" title="时间与地点" size="small">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="demandId" label="服务的需求" rules={[{ required: true, message: '请选择需求' }]}>
            <Select
              disabled={correcting}
              options={demands.map((d) => ({ value: d.id, label: `${d.title}（${d.code}）` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="period"
            required
            label="服务起止日期"
            extra={`须在服务期内（${formatPeriod(team.startDate, team.endDate)}），且不晚于今天`}
            rules={[
              {
                validator: async (_r, value: BatchFormValues['period']) => {
                  const [start, end] = value ?? [];
                  if (!start || !end) throw new Error('请选择服务的开始和结束日期');
                  if (end.isBefore(start, 'day')) throw new Error('结束日期不能早于开始日期');
                },
              },
            ]}
          >
            <DateRangeField min={dayjs(team.startDate)} max={teamEnd.isBefore(today) ? teamEnd : today} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="days"
            label="服务天数"
            dependencies={['period']}
            extra="实际开展服务的天数，默认为起止日期之间的天数"
            rules={[
              { required: true, message: '请填写服务天数' },
              { type: 'integer', min: 1, message: '服务天数应为正整数' },
              ({ getFieldValue }) => ({
                validator: async (_r, value: number | null | undefined) => {
                  const max = calendarDays(getFieldValue('period'));
                  if (value && max && value > max)
                    throw new Error(`服务天数不能多于起止日期之间的天数（${max} 天）`);
                },
              }),
            ]}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="remote" label="远程服务" valuePropName="checked">
            <Switch checkedChildren="远程" unCheckedChildren="现场" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="regionCode"
            label="服务地点"
            extra="默认为需求所在地区，请选到区县"
            rules={[
              { required: true, message: '请选择服务地点' },
              {
                validator: async (_r, value: string | undefined) => {
                  if (value && /^\d{2}0000$/.test(value)) throw new Error('请选择到区县一级');
                },
              },
            ]}
          >
            <RegionCascader aria-label="服务地点" placeholder="选择区县" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="unitNames"
            label="受援单位"
            extra="输入单位名称后按回车，可填写多个"
            rules={[
              {
                validator: async (_r, value: string[] | undefined) => {
                  if ((value ?? []).length > BATCH_LIMITS.unitNames)
                    throw new Error(`受援单位最多填写 ${BATCH_LIMITS.unitNames} 个`);
                },
              },
            ]}
          >
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              aria-label="受援单位"
              tokenSeparators={['、']}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="unitsServed"
            label="服务的企事业单位数"
            dependencies={['unitNames']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, value: number | null | undefined) => {
                  const named = new Set((getFieldValue('unitNames') as string[] | undefined) ?? []).size;
                  if (value != null && value < named)
                    throw new Error(`单位数少于列出的受援单位（${named} 个）`);
                },
              }),
            ]}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} placeholder="家" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
