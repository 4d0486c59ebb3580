import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequest } from '../security/app-url';
import { denyPermissionCheck, denyPermissionRequest } from '../security/permissions';

/**
 * Locks down the session the window uses: no permission is ever granted, no request leaves for
 * anything but the app's own files, nothing is downloaded (a download would write case data to
 * disk unencrypted, past the export leak guard), and the spellchecker, which fetches
 * dictionaries from a server and keeps added words, is off for the whole session.
 */
export function hardenSession(session: Session, options: { devTools: boolean }): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, options) });
  });
  session.on('will-download', (event) => event.preventDefault());
  session.setSpellCheckerEnabled(false);
}

/**
 * Applied to every web contents the app creates (app 'web-contents-created'): it stays on the
 * app's origin, opens no window, and attaches no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  const blockForeign = (event: { url: string; preventDefault: () => void }) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-frame-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
