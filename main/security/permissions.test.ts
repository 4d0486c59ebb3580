import { describe, expect, it, vi } from 'vitest';
import { denyPermissionCheck, denyPermissionRequest, permissionDecision } from './permissions';

// A sample of what a page could ask for, including ones a later Electron may add.
const permissions = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'openExternal',
  'pointerLock',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'local-fonts',
  'storage-access',
  'persistent-storage',
  'unknown',
  'some-future-permission',
  '',
  undefined,
];
const origins = ['app://vp', 'app://vp/', 'https://example.com', 'null', '', undefined];

describe('permissionDecision', () => {
  it.each(permissions)('denies %s', (permission) => {
    for (const origin of origins) expect(permissionDecision(permission, origin)).toBe(false);
  });
});

describe('denyPermissionRequest', () => {
  it.each(permissions)('answers a request for %s with a denial, once', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest({}, permission, callback);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(false);
  });
});

describe('denyPermissionCheck', () => {
  it.each(permissions)('denies a check for %s from every origin', (permission) => {
    for (const origin of origins) {
      expect(denyPermissionCheck(null, permission, origin, { requestingUrl: origin })).toBe(false);
    }
  });

  it('denies a device check', () => {
    expect(denyPermissionCheck({ deviceType: 'usb', origin: 'app://vp' })).toBe(false);
  });
});
