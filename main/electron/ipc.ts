import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { apiCalls, IPC_PREFIX } from '../../shared/api';
import { errorMessage, type Locale } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { dispatch, type Handlers } from '../api/dispatch';
import { isTrustedSender } from '../security/ipc-sender';

export interface ApiWiring {
  /** The language of error messages. */
  locale: () => Locale;
  /** Whether `sender` is the app's own window: IPC from any other web contents is refused. */
  isAppWindow: (sender: WebContents) => boolean;
}

/**
 * The one IPC wiring of the app: a handler on `vp:<name>` for every call in shared/api.ts,
 * each checking who sent it and then handing the input to dispatch(), which validates input
 * and output and maps errors to codes. Adding a call needs shared/api.ts and a handler only.
 */
export function registerApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  wiring: ApiWiring,
): void {
  for (const name of apiCalls) {
    ipcMain.handle(IPC_PREFIX + name, async (event: IpcMainInvokeEvent, input: unknown) => {
      const locale = wiring.locale();
      if (!isTrustedEvent(event, wiring)) return forbidden(locale);
      return dispatch(handlers, name, input, locale);
    });
  }
}

/**
 * Only the top frame of the app's own window, on the app:// origin, may call the API. A frame
 * that is gone (senderFrame null, or disposed so its getters throw) is not trusted.
 */
export function isTrustedEvent(
  event: IpcMainInvokeEvent,
  wiring: Pick<ApiWiring, 'isAppWindow'>,
): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null || !wiring.isAppWindow(event.sender)) return false;
    return isTrustedSender(frame.url, isMainFrame(frame, event.sender.mainFrame));
  } catch {
    return false;
  }
}

/**
 * Whether `frame` is the web contents' main frame. Electron may hand out distinct WebFrameMain
 * objects for one frame, so identity is compared by process and routing id, which are equal
 * for the same frame (Electron's docs on `routingId`).
 */
function isMainFrame(frame: WebFrameMain, mainFrame: WebFrameMain): boolean {
  return (
    frame.parent === null &&
    (frame === mainFrame ||
      (frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId))
  );
}

function forbidden(locale: Locale): Result<never> {
  return { ok: false, error: { code: 'FORBIDDEN', message: errorMessage('FORBIDDEN', locale) } };
}
