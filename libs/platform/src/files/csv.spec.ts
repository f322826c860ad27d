import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.js';

describe('CSV', () => {
  it('reads a BOM, quotes, escaped quotes, embedded commas and line breaks, CRLF and LF', () => {
    const text = '\uFEFF姓名,研究方向\r\n周建明,"脑卒中、""中风""康复"\r\n"李, 华","第一行\n第二行"\n王芳,\n';
    expect([...parseCsv(text)]).toEqual([
      ['姓名', '研究方向'],
      ['周建明', '脑卒中、"中风"康复'],
      ['李, 华', '第一行\n第二行'],
      ['王芳', ''],
    ]);
  });

  it('skips blank lines and keeps a last line without a newline', () => {
    expect([...parseCsv('a,b\n\n1,2')]).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['姓名', '备注'],
      ['张三', '含,逗号与"引号"\n和换行'],
    ];
    expect([...parseCsv(toCsv(rows))]).toEqual(rows);
  });
});

describe('CSV export cells', () => {
  it('neutralises every cell that a spreadsheet would read as a formula, quoting as needed', () => {
    const csv = toCsv([
      ['=HYPERLINK("http://x","y")', '＝1+1', '@SUM(A1)', '-1+2', '+86', '\tx', '周建明', '脑卒中=中风'],
    ]);
    expect([...parseCsv(csv)]).toEqual([
      [
        `'=HYPERLINK("http://x","y")`,
        "'＝1+1",
        "'@SUM(A1)",
        "'-1+2",
        "'+86",
        "'\tx",
        '周建明',
        '脑卒中=中风',
      ],
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});
