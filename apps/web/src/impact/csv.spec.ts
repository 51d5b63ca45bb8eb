import { describe, expect, it } from '@jest/globals';
import { csvCell, toCsv } from './csv';

describe('CSV', () => {
  it('writes plain text and numbers as they are', () => {
    expect(
      toCsv(
        ['Month', 'Cases'],
        [
          ['2026-11', 12],
          ['2026-12', 0],
        ],
      ),
    ).toBe('Month,Cases\r\n2026-11,12\r\n2026-12,0\r\n');
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('Northfield, North')).toBe('"Northfield, North"');
    expect(csvCell('The "Hub"')).toBe('"The ""Hub"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://example.org")')).toBe(`"'=HYPERLINK(""http://example.org"")"`);
    expect(csvCell('+44 1234')).toBe("'+44 1234");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('leaves numbers, including negative ones, as numbers, and empty cells empty', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(84.5)).toBe('84.5');
    expect(csvCell(null)).toBe('');
  });
});
