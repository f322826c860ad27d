// A start–end date pair that fits any screen: antd's range picker (two month panels) on wide screens, and on a
// phone two native date inputs, which open the system's own date wheel instead of a 576 px panel. The value is
// the range picker's `[start, end]`, so a form item works the same with either.
import { DatePicker, Flex, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNarrowScreen } from '../lib/use-narrow-screen';
import './responsive.css';

export type DateRangeValue = [Dayjs | null, Dayjs | null] | null;

export interface DateRangeFieldProps {
  id?: string;
  value?: DateRangeValue;
  onChange?: (value: DateRangeValue) => void;
  /** The first and last day that may be chosen (inclusive). */
  min?: Dayjs;
  max?: Dayjs;
  placeholder?: [string, string];
  disabled?: boolean;
  /** Forces one layout (tests, print); by default it follows the screen width. */
  native?: boolean;
}

const ISO = 'YYYY-MM-DD';

export function DateRangeField({
  id,
  value,
  onChange,
  min,
  max,
  placeholder = ['开始日期', '结束日期'],
  disabled,
  native,
}: DateRangeFieldProps) {
  const narrow = useNarrowScreen();
  const [start, end] = value ?? [null, null];
  if (native ?? narrow) {
    const set = (index: 0 | 1, text: string) => {
      const day = text ? dayjs(text, ISO) : null;
      const next: [Dayjs | null, Dayjs | null] = index === 0 ? [day, end] : [start, day];
      onChange?.(next[0] || next[1] ? next : null);
    };
    return (
      <Flex gap={8} align="center" className="date-range-field date-range-field--native" data-native="true">
        <Input
          id={id}
          type="date"
          aria-label={placeholder[0]}
          value={start ? start.format(ISO) : ''}
          min={min?.format(ISO)}
          max={(end ?? max)?.format(ISO)}
          disabled={disabled}
          onChange={(e) => set(0, e.target.value)}
        />
        <span aria-hidden className="date-range-field__to">
          至
        </span>
        <Input
          type="date"
          aria-label={placeholder[1]}
          value={end ? end.format(ISO) : ''}
          min={(start ?? min)?.format(ISO)}
          max={max?.format(ISO)}
          disabled={disabled}
          onChange={(e) => set(1, e.target.value)}
        />
      </Flex>
    );
  }
  return (
    <DatePicker.RangePicker
      id={id}
      className="date-range-field"
      style={{ width: '100%' }}
      value={value ?? null}
      onChange={(range) => onChange?.(range ? [range[0] ?? null, range[1] ?? null] : null)}
      placeholder={placeholder}
      disabled={disabled}
      disabledDate={(d) => (!!min && d.isBefore(min, 'day')) || (!!max && d.isAfter(max, 'day'))}
    />
  );
}
