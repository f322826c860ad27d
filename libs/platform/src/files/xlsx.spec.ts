import { describe, expect, it } from 'vitest';
import { looksLikeXlsx, readXlsxRows, writeXlsx } from './xlsx.js';

describe('xlsx', () => {
  it('writes a workbook and reads the same rows back', async () => {
    const buf = await writeXlsx('专家', ['姓名', '手机', '领域'], [['周建明', '13812345678', '医疗、生物医药'], ['沈丽萍', null, '农业']]);
    expect(looksLikeXlsx(buf)).toBe(true);
    expect(await readXlsxRows(buf)).toEqual([['姓名', '手机', '领域'], ['周建明', '13812345678', '医疗、生物医药'], ['沈丽萍', '', '农业']]);
  });
});
