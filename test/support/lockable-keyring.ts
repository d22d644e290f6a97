import { execFileSync } from 'node:child_process';

function has(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Can a test run a D-Bus session and gnome-keyring of its own and lock that keyring for real? It needs
 * dbus-run-session, gnome-keyring and Debian's python3 with python3-dbus (.ci/run installs them).
 */
export const canLockAKeyring = (): boolean =>
  has('dbus-run-session', ['--version']) && has('gnome-keyring-daemon', ['--version']) && has('/usr/bin/python3', ['-c', 'import dbus']);
