/**
 * The app needs no browser permission: no camera, microphone, notifications, geolocation,
 * clipboard reading, USB, serial, HID, fullscreen API or anything else. Every request and every
 * check is denied, whatever the permission, origin or details, so a new permission in a later
 * Electron is denied too.
 */
export function permissionDecision(_permission?: unknown, _origin?: unknown): false {
  return false;
}

/** For `session.setPermissionRequestHandler`: answers every request with a denial. */
export function denyPermissionRequest(
  _webContents: unknown,
  permission: unknown,
  callback: (granted: boolean) => void,
): void {
  callback(permissionDecision(permission));
}

/** For `session.setPermissionCheckHandler` and `setDevicePermissionHandler`: never granted. */
export function denyPermissionCheck(..._args: unknown[]): false {
  return false;
}
