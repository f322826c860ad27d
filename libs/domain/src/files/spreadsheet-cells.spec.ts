import { describe, expect, it } from 'vitest';
import { neutralizeFormula, restoreNeutralized, safeCell } from './spreadsheet-cells.js';

const DANGEROUS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '\t', '\r', '\n'];

describe('spreadsheet formula neutralisation', () => {
  it.each(DANGEROUS.map((c) => [JSON.stringify(c), c]))('prefixes a text starting with %s', (_, c) => {
    const text = `${c}HYPERLINK("http://evil.example","点我")`;
    expect(neutralizeFormula(text)).toBe(`'${text}`);
    expect(neutralizeFormula(c)).toBe(`'${c}`);
  });

  it('covers the payloads seen in the exports', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutralizeFormula('＝1+1')).toBe(`'＝1+1`);
    expect(neutralizeFormula('@SUM(A1:A9)')).toBe(`'@SUM(A1:A9)`);
    expect(neutralizeFormula("-2+3+cmd|' /C calc'!A0")).toBe(`'-2+3+cmd|' /C calc'!A0`);
    expect(neutralizeFormula('\t=1+1')).toBe(`'\t=1+1`);
  });

  it('leaves ordinary text alone, including formulas that do not start the cell', () => {
    for (const text of [
      '',
      '周建明',
      '脑卒中 = 中风',
      ' =1+1',
      '13812345678',
      "'already quoted",
      '2026-01-01',
      'a-b',
      '１＋１',
    ]) {
      expect(neutralizeFormula(text)).toBe(text);
    }
  });

  it('keeps numbers, negative ones too, as numbers', () => {
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(0)).toBe(0);
    expect(safeCell(null)).toBeNull();
    expect(safeCell(true)).toBe(true);
    expect(safeCell('-5')).toBe("'-5");
  });

  it('is undone on import, so an exported list imports unchanged', () => {
    for (const text of ['=HYPERLINK("x")', '＝1+1', '@SUM', '-5', '周建明', "'plain quote", '', "'"]) {
      expect(restoreNeutralized(neutralizeFormula(text))).toBe(text);
    }
  });
});
