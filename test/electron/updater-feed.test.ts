import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The updater wiring (electron/main/updater.ts) with the REAL electron-updater, against a generic update feed served
 * over loopback HTTP as `npm run dist`'s output would be; only the `electron` module is stood in (a child process
 * with module hooks: ./support/run-updater.mjs). Linux's AppImage path, the one this machine can run.
 */
const root = join(import.meta.dirname, '../..');
// A "new AppImage": a script that says it started, and with which environment electron-updater ran it.
const NEW_APPIMAGE = '#!/bin/sh\necho "started silent=$APPIMAGE_SILENT_INSTALL" > "$(dirname "$0")/started"\n';
const sha512 = (text: string) => createHash('sha512').update(text).digest('base64');

let server: Server | undefined;
const served: string[] = [];

/** A self-signed certificate for 127.0.0.1: the settings only take an https:// feed. */
async function loopbackCertificate(): Promise<{ key: string; cert: string; caFile: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kasir-feed-tls-'));
  await promisify(execFile)('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]);
  return { key: await readFile(join(dir, 'key.pem'), 'utf8'), cert: await readFile(join(dir, 'cert.pem'), 'utf8'), caFile: join(dir, 'cert.pem') };
}

async function serveFeed(version: string, tls?: { key: string; cert: string }): Promise<string> {
  const file = `Kasir-${version}-linux.AppImage`;
  const channel = process.arch === 'arm64' ? 'latest-linux-arm64.yml' : 'latest-linux.yml';
  const latest = [`version: ${version}`, 'files:', `  - url: ${file}`, `    sha512: ${sha512(NEW_APPIMAGE)}`, `    size: ${Buffer.byteLength(NEW_APPIMAGE)}`,
    `path: ${file}`, `sha512: ${sha512(NEW_APPIMAGE)}`, "releaseDate: '2026-11-26T08:00:00.000Z'", ''].join('\n');
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://feed').pathname;
    served.push(path);
    if (path === `/kasir/${channel}`) response.end(latest);
    else if (path === `/kasir/${file}`) response.end(NEW_APPIMAGE);
    else response.writeHead(404).end();
  };
  server = tls ? createHttpsServer(tls, answer) : createServer(answer);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}/kasir/`;
}

interface Report {
  found: string | null;
  downloaded: string | null;
  error?: string;
  beforeInstall: boolean;
  newVersionStarted?: string | null;
  quit?: number;
  oldAppImageLeft?: boolean;
  installFailed?: string;
}

async function runUpdater(feedUrl: string, install: '0' | '1' | 'broken' = '0'): Promise<Report> {
  const dir = await mkdtemp(join(tmpdir(), 'kasir-updater-'));
  const { stdout } = await promisify(execFile)(process.execPath, [join(import.meta.dirname, 'support/run-updater.mjs')], {
    env: { ...process.env, FAKE_APP_PATH: root, FAKE_USER_DATA: dir, FEED_URL: feedUrl, INSTALL: install },
    timeout: 30_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Report;
}

afterEach(async () => {
  served.length = 0;
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe.skipIf(process.platform !== 'linux')('electron-updater on a generic feed (electron stood in)', () => {
  it('finds a newer version at the feed in the settings and downloads it, checksum verified', async () => {
    const report = await runUpdater(await serveFeed('0.2.0'));
    expect(report).toMatchObject({ found: '0.2.0', downloaded: '0.2.0', beforeInstall: false });
    expect(served).toEqual(expect.arrayContaining(['/kasir/Kasir-0.2.0-linux.AppImage']));
  });

  it('reports nothing newer when the feed has the running version, and downloads nothing', async () => {
    const report = await runUpdater(await serveFeed('0.1.0'));
    expect(report).toMatchObject({ found: null, downloaded: null });
    expect(served.some((path) => path.endsWith('.AppImage'))).toBe(false);
  });

  it('a feed that cannot be read is a failed check', async () => {
    const feed = await serveFeed('0.2.0');
    const report = await runUpdater(feed.replace('/kasir/', '/nothing-here/'));
    expect(report.error).toMatch(/404/);
    expect(report.downloaded).toBeNull();
  });

  it('an install electron-updater refuses is reported (main then quits: the journal is already closed)', async () => {
    const report = await runUpdater(await serveFeed('0.2.0'), 'broken');
    expect(report.installFailed).toMatch(/not a valid absolute path/);
    expect(report.quit, 'electron-updater itself does not quit').toBe(0);
  });

  it('install replaces the AppImage, starts the new version, and quits', async () => {
    const report = await runUpdater(await serveFeed('0.2.0'), '1');
    expect(report).toMatchObject({ beforeInstall: true, newVersionStarted: 'started silent=true', quit: 1, oldAppImageLeft: false });
  });

  const openssl = spawnSync('openssl', ['version']).status === 0;
  if (!openssl) console.warn('[skip] the built app\'s update over https: no openssl to make the loopback feed\'s certificate');
  it.skipIf(!openssl)('the built app, as an installed AppImage till in kiosk mode: the manager checks the https feed in settings.json and installs over IPC', async () => {
    const tls = await loopbackCertificate();
    const feed = await serveFeed('0.2.0', tls);
    const dir = await mkdtemp(join(tmpdir(), 'kasir-update-main-'));
    const { stdout } = await promisify(execFile)(process.execPath, [join(import.meta.dirname, 'support/run-update-main.mjs')], {
      env: { ...process.env, FAKE_APP_PATH: root, FAKE_USER_DATA: dir, FAKE_PACKAGED: '1', FEED_URL: feed, FAKE_CA: tls.caFile },
      timeout: 40_000,
    });
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Record<string, unknown>;
    expect(report['checked']).toMatchObject({ ok: true, value: { state: 'ready', version: '0.2.0', currentVersion: '0.0.0-fake' } });
    expect(report['installing']).toMatchObject({ ok: true, value: { state: 'installing', version: '0.2.0' } });
    // The installer could quit through kiosk mode, and the new version started.
    expect(report).toMatchObject({ newVersionStarted: 'started silent=true', quit: true, windowClosable: true });
  });
});
