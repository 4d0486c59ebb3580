/**
 * A suggested file name for an export, made safe for every file system: no folders, no
 * control or reserved characters, no names Windows refuses, not hidden, and of sane length.
 * The names come from invoice numbers and fixed words, but this is the last check before a
 * name meets a disk.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

export function safeExportFileName(name: string): string {
  let safe = name
    .normalize('NFC')
    // Control characters are exactly what must go.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '');
  if (safe.length > 120) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 6 ? safe.slice(dot) : '';
    safe = safe.slice(0, 120 - ext.length) + ext;
  }
  if (safe === '' || WINDOWS_RESERVED.test(safe)) safe = `export-${safe || 'bestand'}`;
  return safe;
}
