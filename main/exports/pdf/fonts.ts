import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The fonts every PDF embeds (Inter, SIL Open Font License, in assets/fonts/), so a document
 * looks the same on every machine and `pdftotext` reads back exactly what was written. The
 * caller says where assets/ is: the repository in tests and the harness, the app's own folder
 * in Electron.
 */
export interface PdfFonts {
  regular: Buffer;
  semibold: Buffer;
}

export async function loadPdfFonts(assetsDir: string): Promise<PdfFonts> {
  const [regular, semibold] = await Promise.all([
    readFile(path.join(assetsDir, 'fonts', 'Inter-Regular.ttf')),
    readFile(path.join(assetsDir, 'fonts', 'Inter-SemiBold.ttf')),
  ]);
  return { regular, semibold };
}
