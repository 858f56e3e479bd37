import { describe, expect, it } from 'vitest';
import { checkUpload, MAX_FILE_BYTES, safeFileName } from './file-upload';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('publishable file checks', () => {
  it('accepts a PDF by its content and names it safely', () => {
    const f = checkUpload({
      fileName: 'C:\\Users\\me\\Reg 32 notice (final).pdf',
      base64: b64('%PDF-1.7\n...'),
    });
    expect(f).toMatchObject({
      fileName: 'Reg-32-notice-final-.pdf',
      contentType: 'application/pdf',
      size: 12,
    });
    expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file whose content does not match its name or is not allowed', () => {
    expect(() => checkUpload({ fileName: 'notice.pdf', base64: b64('<html>') })).toThrow(
      /Upload a PDF/,
    );
    expect(() => checkUpload({ fileName: 'notice.exe', base64: b64('%PDF-1.4') })).toThrow(
      /is a PDF but is named "\.exe"/,
    );
    expect(() => checkUpload({ fileName: 'x.pdf', base64: '' })).toThrow(/empty/);
    expect(() => checkUpload({ fileName: 'x.pdf', base64: '%%%' })).toThrow(
      /did not arrive intact/,
    );
  });

  it('refuses files over the size limit before decoding them', () => {
    const big = 'A'.repeat(Math.ceil(((MAX_FILE_BYTES + 10) * 4) / 3));
    expect(() => checkUpload({ fileName: 'x.pdf', base64: big })).toThrow(/at most 5 MB/);
  });

  it('strips paths and odd characters from names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('.hidden')).toBe('hidden');
    expect(safeFileName('Café menu.PDF')).toBe('Cafe-menu.PDF');
    expect(safeFileName('\r\n')).toBe('file');
  });
});
