// A stand-in for the `electron` module as electron-updater uses it (the real runtime cannot start here): `app`,
// `net.request` (plain Node http underneath, so the requests are real loopback HTTP), `session.fromPartition`,
// `autoUpdater` and `Notification`. It records what electron-updater asked of the app.
import { EventEmitter } from 'node:events';
import { request as httpRequest } from 'node:http';

export const recorded = { quit: 0 };

export const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  getVersion: () => '0.1.0',
  getName: () => 'Kasir',
  getAppPath: () => process.env.FAKE_APP_PATH,
  getPath: (name) => `${process.env.FAKE_USER_DATA}/${name}`,
  whenReady: async () => undefined,
  quit() { recorded.quit += 1; },
  relaunch() {},
});

export const net = {
  request(options) {
    const { protocol, hostname, host, port, path, method, headers } = options;
    return httpRequest({ protocol, hostname: hostname ?? host, port, path, method: method ?? 'GET', headers });
  },
};

export const session = { fromPartition: () => ({}) };
export const autoUpdater = new EventEmitter();
export class Notification { show() {} }

export default { app, net, session, autoUpdater, Notification };
