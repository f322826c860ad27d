import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvChunks, parseCsvSlices, toCsv } from './csv.js';

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

  it('reads the same rows whatever the chunks the text arrives in', () => {
    const text =
      '\uFEFF姓名,研究方向\r\n周建明,"脑卒中、""中风""康复"\r\n"李, 华","第一行\r\n第二行"\n\n王芳,""\r\na"b,"",""""\r\n末行';
    const whole = [...parseCsv(text)];
    expect(whole).toEqual([
      ['姓名', '研究方向'],
      ['周建明', '脑卒中、"中风"康复'],
      ['李, 华', '第一行\r\n第二行'],
      ['王芳', ''],
      ['a"b', '', '"'],
      ['末行'],
    ]);
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= Math.min(text.length, a + 3); b++) {
        expect([...parseCsvChunks([text.slice(0, a), text.slice(a, b), text.slice(b)])]).toEqual(whole);
      }
    }
    expect([...parseCsvChunks(text.split(''))]).toEqual(whole);
  });

  it('reads the same rows from UTF-8 bytes that arrive in slices, and refuses a row longer than it reads ahead', async () => {
    const text =
      '\uFEFF姓名,研究方向\r\n周建明,"脑卒中、""中风""康复"\r\n"李, 华","第一行\n第二行"\n王芳,\n末行';
    const bytes = Buffer.from(text, 'utf8');
    const read = async (size: number) => {
      async function* slices() {
        for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
      }
      const rows: string[][] = [];
      for await (const row of parseCsvSlices(slices(), () => new Error('too long'))) rows.push(row);
      return rows;
    };
    const whole = [...parseCsv(text)];
    for (let size = 24; size <= bytes.length + 1; size++) expect(await read(size)).toEqual(whole);
    await expect(read(1)).rejects.toThrow('too long');
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
