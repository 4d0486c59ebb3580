import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

/**
 * Choosing a folder with the native dialog: where a backup goes (a folder may be made there
 * and then), or which backup folder to restore. The chosen path stays in main; the renderer
 * only ever learns the name of the backup folder made or restored.
 */
export function electronChooseFolder(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: () => BrowserWindow | null,
) {
  return async (purpose: 'backup' | 'restore'): Promise<string | null> => {
    const options: OpenDialogOptions = {
      properties: purpose === 'backup' ? ['openDirectory', 'createDirectory'] : ['openDirectory'],
      buttonLabel: purpose === 'backup' ? 'Back-up hier maken' : 'Deze back-up terugzetten',
    };
    const owner = window();
    const result = owner
      ? await dialog.showOpenDialog(owner, options)
      : await dialog.showOpenDialog(options);
    if (result.canceled) return null;
    return result.filePaths[0] ?? null;
  };
}
