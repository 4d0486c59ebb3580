import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { safeExportFileName } from '../security/export-file-name';

/**
 * Saving an export where the counsellor chooses: the native save dialog, then the bytes
 * written there. Only the chosen file's name goes back to the renderer, never its path.
 * Nothing is written when the dialog is cancelled.
 */
export function electronSaveFile(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  window: () => BrowserWindow | null,
  documentsDir: () => string,
) {
  return async (suggestedName: string, bytes: Buffer) => {
    const name = safeExportFileName(suggestedName);
    const options = {
      defaultPath: path.join(documentsDir(), name),
      properties: ['showOverwriteConfirmation' as const],
    };
    const owner = window();
    const result = owner
      ? await dialog.showSaveDialog(owner, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { saved: false, fileName: null };
    await writeFile(result.filePath, bytes, { mode: 0o600 });
    return { saved: true, fileName: path.basename(result.filePath) };
  };
}
