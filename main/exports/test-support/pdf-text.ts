import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The text of a PDF as `pdftotext` (poppler) reads it, the way a person copying from the PDF
 * or a bookkeeper's import would see it. Layout mode keeps table rows on one line.
 */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vp-pdf-test-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page `n` of a PDF rendered to PNG with `pdftoppm`, for screenshots a person can look at. */
export function pdfPagePng(pdf: Buffer, outFile: string, pageNumber = 1): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vp-pdf-png-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const prefix = path.join(dir, 'page');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(pageNumber),
      '-l',
      String(pageNumber),
      '-singlefile',
      file,
      prefix,
    ]);
    execFileSync('cp', [`${prefix}.png`, outFile]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The repository's assets/ folder, from a test file anywhere under main/. */
export const repoAssetsDir = path.resolve(import.meta.dirname, '..', '..', '..', 'assets');
