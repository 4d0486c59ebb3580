import { describe, expect, it } from 'vitest';
import { safeExportFileName } from './export-file-name';

describe('safeExportFileName', () => {
  it.each([
    ['factuur-2026-0001.pdf', 'factuur-2026-0001.pdf'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows-win.ini'],
    ['/absolute/path.pdf', 'absolute-path.pdf'],
    ['C:\\Users\\x.pdf', 'C--Users-x.pdf'],
    ['.hidden', 'hidden'],
    ['naam\u0000met\nnul.csv', 'naam-met-nul.csv'],
    ['a<b>c:d"e|f?g*h.xml', 'a-b-c-d-e-f-g-h.xml'],
    ['CON', 'export-CON'],
    ['nul.txt', 'export-nul.txt'],
    ['   ', 'export-bestand'],
    ['eindigt op punt.', 'eindigt op punt'],
  ])('%j → %j', (input, expected) => {
    expect(safeExportFileName(input)).toBe(expected);
  });

  it('keeps the extension when a name is cut short', () => {
    const name = safeExportFileName(`${'x'.repeat(300)}.pdf`);
    expect(name).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('never leaves a separator in any name', () => {
    for (const input of ['a/b', 'a\\b', '/', '\\\\server\\share', 'x/../../y']) {
      expect(safeExportFileName(input)).not.toMatch(/[/\\]/);
    }
  });
});
