// 工作日历 (ADMIN): public holidays and 调休 workdays per year. Step time limits, invitation deadlines and the
// continuing-education credit count working days with this calendar as soon as it is saved.
import { useMutation, useQuery } from '@apollo/client/react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/query-state';
import {
  AdminCalendarYearDocument,
  AdminSetCalendarYearDocument,
  type CalendarDayKind,
} from '../../graphql/operations';
import { fieldErrorsOf } from '../../lib/field-errors';
import { errorMessage } from '../../lib/graphql-errors';
import './admin.css';

interface Row {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

const KIND_OPTIONS: { value: CalendarDayKind; label: string }[] = [
  { value: 'HOLIDAY', label: '放假' },
  { value: 'WORKDAY', label: '调休上班' },
];

export function CalendarPage() {
  const { message } = App.useApp();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const { data, loading, error, refetch } = useQuery(AdminCalendarYearDocument, {
    variables: { year },
    fetchPolicy: 'network-only',
  });
  const [save, saving] = useMutation(AdminSetCalendarYearDocument);
  const [rows, setRows] = useState<Row[]>([]);
  const [dirty, setDirty] = useState(false);
  const [failure, setFailure] = useState<{ message: string; rows: Record<string, string> } | null>(null);
  const [adding, setAdding] = useState<Dayjs | null>(null);

  useEffect(() => {
    if (data?.calendarYear.year === year) {
      setRows(data.calendarYear.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name ?? '' })));
      setDirty(false);
      setFailure(null);
    }
  }, [data, year]);

  const change = (next: Row[]) => {
    setRows([...next].sort((a, b) => (a.date < b.date ? -1 : 1)));
    setDirty(true);
  };
  const add = (d: Dayjs | null) => {
    setAdding(null);
    if (!d) return;
    const date = d.format('YYYY-MM-DD');
    if (rows.some((r) => r.date === date)) return;
    const weekend = d.day() === 0 || d.day() === 6;
    change([...rows, { date, kind: weekend ? 'WORKDAY' : 'HOLIDAY', name: '' }]);
  };
  const submit = async () => {
    setFailure(null);
    try {
      await save({
        variables: {
          year,
          days: rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name.trim() || null })),
        },
      });
      message.success(`${year} 年工作日历已保存，时限和学时即按新日历计算`);
      setDirty(false);
      await refetch();
    } catch (e) {
      setFailure({ message: errorMessage(e, '保存失败'), rows: fieldErrorsOf(e) });
    }
  };
  const published = data?.calendarYear.published;
  const weekday = (date: string) => '日一二三四五六'[dayjs(date).day()];

  return (
    <>
      <PageHeader
        title="工作日历"
        subTitle="法定节假日与调休上班日；办理时限、邀请答复期限和继续教育学时按此计算"
      />
      <div className="admin-toolbar">
        <Select
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          aria-label="年份"
          options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({
            value: y,
            label: `${y} 年`,
          }))}
        />
        {published && (
          <Button
            onClick={() => change(published.map((d) => ({ date: d.date, kind: d.kind, name: d.name ?? '' })))}
          >
            按国务院公布的安排填入
          </Button>
        )}
        <DatePicker
          placeholder="添加日期"
          value={adding}
          onChange={add}
          aria-label="添加日期"
          minDate={dayjs(`${year}-01-01`)}
          maxDate={dayjs(`${year}-12-31`)}
          defaultPickerValue={dayjs(`${year}-01-01`)}
          suffixIcon={<PlusOutlined />}
        />
        <Button type="primary" disabled={!dirty} loading={saving.loading} onClick={() => void submit()}>
          保存
        </Button>
      </div>
      {error && <ErrorBlock error={error} onRetry={() => void refetch()} />}
      {failure && (
        <Alert type="error" showIcon title={failure.message} role="alert" style={{ marginBottom: 12 }} />
      )}
      {loading && !data ? (
        <LoadingBlock />
      ) : rows.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title={`${year} 年还没有录入节假日`}
          description={
            published
              ? '可点“按国务院公布的安排填入”后保存。'
              : '国务院公布当年安排后，请逐日添加放假日和调休上班日；未录入前只按周末计算。'
          }
        />
      ) : (
        <Flex vertical gap={6} data-testid="calendar-days">
          {rows.map((r, i) => (
            <Space key={r.date} wrap size={6} className="calendar-row">
              <Typography.Text strong style={{ width: 130, display: 'inline-block' }}>
                {r.date}（周{weekday(r.date)}）
              </Typography.Text>
              <Select<CalendarDayKind>
                value={r.kind}
                style={{ width: 120 }}
                options={KIND_OPTIONS}
                aria-label={`${r.date} 类型`}
                onChange={(kind) => change(rows.map((x) => (x.date === r.date ? { ...x, kind } : x)))}
              />
              <Input
                value={r.name}
                maxLength={20}
                placeholder="节日名称，如 国庆节"
                style={{ width: 170 }}
                aria-label={`${r.date} 名称`}
                onChange={(e) =>
                  change(rows.map((x) => (x.date === r.date ? { ...x, name: e.target.value } : x)))
                }
              />
              <Button
                size="small"
                icon={<DeleteOutlined />}
                aria-label={`删除 ${r.date}`}
                onClick={() => change(rows.filter((x) => x.date !== r.date))}
              />
              {failure?.rows[`days.${i}`] && <Tag color="red">{failure.rows[`days.${i}`]}</Tag>}
            </Space>
          ))}
        </Flex>
      )}
    </>
  );
}
