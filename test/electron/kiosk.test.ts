import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { KeyInput, KioskWindow } from '../../electron/main/kiosk.ts';
import { QuitGuard, guardWindow, isBlockedShortcut, kioskWindowOptions, setKioskMode } from '../../electron/main/kiosk.ts';

/** Kiosk mode's logic, on a stand-in window that emits what Electron's BrowserWindow would. */
class StandInWindow extends EventEmitter implements KioskWindow {
  kiosk = false;
  readonly webContents = new EventEmitter();
  setKiosk(flag: boolean): void {
    this.kiosk = flag;
  }
  /** Closing from the title bar or Alt+F4: true when something prevented it. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => { prevented = true; } });
    return prevented;
  }
  /** A key as before-input-event reports it: true when kiosk mode swallowed it. */
  press(input: Partial<KeyInput> & { key: string }): boolean {
    let prevented = false;
    this.webContents.emit('before-input-event', { preventDefault: () => { prevented = true; } }, { type: 'keyDown', alt: false, control: false, meta: false, shift: false, ...input });
    return prevented;
  }
}

function kioskWindow(kiosk: boolean, platform: NodeJS.Platform = 'win32') {
  const window = new StandInWindow();
  const guard = new QuitGuard(kiosk);
  guardWindow(window, guard, platform);
  return { window, guard };
}

describe('kiosk mode', () => {
  it('opens the counter full-screen in kiosk mode, and as an ordinary window otherwise', () => {
    expect(kioskWindowOptions(true)).toEqual({ kiosk: true, fullscreen: true, minimizable: false });
    expect(kioskWindowOptions(false)).toEqual({});
  });

  it('stops closing the window until the manager lets the quit through', () => {
    const { window, guard } = kioskWindow(true);
    expect(window.tryClose()).toBe(true);
    guard.allowQuit();
    expect(window.tryClose()).toBe(false);
  });

  it('never stops an ordinary window from closing (the journal is still closed cleanly by will-quit)', () => {
    const { window } = kioskWindow(false);
    expect(window.tryClose()).toBe(false);
    expect(window.press({ key: 'F4', alt: true })).toBe(false);
    expect(window.press({ key: 'q', control: true })).toBe(false);
  });

  it('swallows the shortcuts that close, quit, hide or leave full screen, on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { window } = kioskWindow(true, platform);
      expect(window.press({ key: 'F4', alt: true }), 'Alt+F4').toBe(true);
      expect(window.press({ key: 'F4', control: true }), 'Ctrl+F4').toBe(true);
      expect(window.press({ key: 'w', control: true }), 'Ctrl+W').toBe(true);
      expect(window.press({ key: 'W', control: true, shift: true }), 'Ctrl+Shift+W').toBe(true);
      expect(window.press({ key: 'q', control: true }), 'Ctrl+Q').toBe(true);
      expect(window.press({ key: 'F11', shift: true }), 'Shift+F11').toBe(true);
    }
  });

  it('swallows Cmd+W, Cmd+Q, Cmd+H, Cmd+M and Ctrl+Cmd+F on macOS', () => {
    const { window } = kioskWindow(true, 'darwin');
    for (const key of ['w', 'q', 'h', 'm']) expect(window.press({ key, meta: true }), `Cmd+${key}`).toBe(true);
    expect(window.press({ key: 'f', meta: true, control: true })).toBe(true);
  });

  it('leaves the till its own keys: digits, Enter, Esc, and F1–F12 alone (charge keys)', () => {
    const { window } = kioskWindow(true);
    for (const key of ['1', '0', 'Enter', 'Escape', 'Backspace', 'F1', 'F4', 'F11', 'F12', 'w', 'q']) expect(window.press({ key }), key).toBe(false);
    expect(window.press({ key: 'v', control: true }), 'paste an amount').toBe(false);
    expect(isBlockedShortcut({ type: 'keyUp', key: 'F4', alt: true, control: false, meta: false, shift: false }, 'win32')).toBe(false);
  });

  it('goes back to full screen when the window leaves it', () => {
    const { window } = kioskWindow(true);
    window.emit('leave-full-screen');
    expect(window.kiosk).toBe(true);
  });

  it('lets the system end the session (Windows shutdown) close the till', () => {
    const { window } = kioskWindow(true);
    window.emit('session-end');
    expect(window.tryClose()).toBe(false);
  });

  it('follows the setting on a window already open: off, then on again', () => {
    const { window, guard } = kioskWindow(true);
    setKioskMode(window, guard, false);
    expect(window.kiosk).toBe(false);
    expect(window.tryClose()).toBe(false);
    expect(window.press({ key: 'F4', alt: true })).toBe(false);
    setKioskMode(window, guard, true);
    expect(window.kiosk).toBe(true);
    expect(window.tryClose()).toBe(true);
  });
});
