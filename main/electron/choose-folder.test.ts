import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { electronChooseFolder } from './choose-folder';

function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const calls: { owner: unknown; options: OpenDialogOptions }[] = [];
  const showOpenDialog = vi.fn((...args: unknown[]) => {
    const options = (args.length === 2 ? args[1] : args[0]) as OpenDialogOptions;
    calls.push({ owner: args.length === 2 ? args[0] : null, options });
    return Promise.resolve(answer);
  });
  return { dialog: { showOpenDialog } as never, calls };
}

describe('choosing a folder in Electron', () => {
  it('asks for a folder (one that may be made there and then, for a backup) on the window', async () => {
    const window = { id: 1 } as unknown as BrowserWindow;
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/media/usb/back-ups'] });
    const choose = electronChooseFolder(dialog, () => window);
    expect(await choose('backup')).toBe('/media/usb/back-ups');
    expect(await choose('restore')).toBe('/media/usb/back-ups');
    expect(calls[0]?.owner).toBe(window);
    expect(calls[0]?.options.properties).toEqual(['openDirectory', 'createDirectory']);
    // A backup to restore is chosen, not made.
    expect(calls[1]?.options.properties).toEqual(['openDirectory']);
  });

  it('answers null when cancelled, or without a window', async () => {
    const cancelled = fakeDialog({ canceled: true, filePaths: ['/ignored'] });
    expect(await electronChooseFolder(cancelled.dialog, () => null)('backup')).toBeNull();
    expect(cancelled.calls[0]?.owner).toBeNull();
    const empty = fakeDialog({ canceled: false, filePaths: [] });
    expect(await electronChooseFolder(empty.dialog, () => null)('restore')).toBeNull();
  });
});
