/**
 * A logo for the PDF header is accepted only as PNG or JPEG (what pdfkit embeds), checked by
 * its first bytes, so a renamed file of another kind is ignored instead of breaking the export.
 */
export function isSupportedLogo(bytes: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const isPng = png.every((b, i) => bytes[i] === b);
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return isPng || isJpeg;
}
