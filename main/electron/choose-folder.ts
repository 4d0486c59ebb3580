import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { FolderPurpose } from '../api/platform';

/** A folder to make something in may be made there and then; one to read from is chosen. */
const dialogOptions: Record<FolderPurpose, OpenDialogOptions> = {
  backup: { properties: ['openDirectory', 'createDirectory'], buttonLabel: 'Back-up hier maken' },
  restore: { properties: ['openDirectory'], buttonLabel: 'Deze back-up terugzetten' },
  handoverExport: {
    properties: ['openDirectory', 'createDirectory'],
    buttonLabel: 'Overdracht hier opslaan',
  },
  handoverImport: { properties: ['openDirectory'], buttonLabel: 'Deze overdracht inlezen' },
};

/**
 * Choosing a folder with the native dialog: where a backup goes (a folder may be made there
 * and then), or which backup folder to restore. The chosen path stays in main; the renderer
 * only ever learns the name of the backup folder made or restored.
 */
export function electronChooseFolder(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: () => BrowserWindow | null,
) {
  return async (purpose: FolderPurpose): Promise<string | null> => {
    const options: OpenDialogOptions = dialogOptions[purpose];
    const owner = window();
    const result = owner
      ? await dialog.showOpenDialog(owner, options)
      : await dialog.showOpenDialog(options);
    if (result.canceled) return null;
    return result.filePaths[0] ?? null;
  };
}
