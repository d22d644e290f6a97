import { readSettingsFile } from '../settings/settings-file.ts';

/** The settings that shape the app around the till rather than the till itself. */
export interface TillPreferences {
  readonly kioskMode: boolean;
  readonly startAtLogin: boolean;
}

/**
 * Read as the settings screen reads the file: in a damaged file the fields that are still valid count, so a kiosk
 * till whose file breaks elsewhere stays a kiosk; a field that is itself broken falls back to its default (off).
 */
export async function readPreferences(settingsFile: string): Promise<TillPreferences> {
  const { values } = await readSettingsFile(settingsFile);
  return { kioskMode: values.kioskMode, startAtLogin: values.startAtLogin };
}

/**
 * Applies the preferences at start and again whenever the till changes (the core's appInfoChanged, which a saved
 * setting causes), one application at a time and only when something changed. Returns the function to call.
 */
export function followPreferences(
  read: () => Promise<TillPreferences>,
  apply: (now: TillPreferences, before: TillPreferences | undefined) => Promise<void>,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let last: TillPreferences | undefined;
  let queue = Promise.resolve();
  return () => {
    queue = queue.then(async () => {
      const now = await read();
      if (last && last.kioskMode === now.kioskMode && last.startAtLogin === now.startAtLogin) return;
      const before = last;
      last = now;
      await apply(now, before);
    }).catch(onError);
    return queue;
  };
}
