import type { AppInfo, ErrorCode } from '../../shared/ipc/contract.ts';
import type { ConnectionTestRequest, ConnectionTestResult, SaveSettingsResult, SecretStatus, SettingsView } from '../../shared/ipc/settings.ts';
import type { Result } from '../../shared/result.ts';
import { err, ok } from '../../shared/result.ts';
import { testConnection } from '../manager/test-connection.ts';
import type { TestConnectionDeps } from '../manager/test-connection.ts';
import type { AuditEntry, AuditRecord } from '../payments/journal.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { SecretStoreLockedError, SecretStoreUnavailableError, appSecretAccount } from '../secrets/secret-store.ts';
import { changedFields, problemsOf, readSettingsFile, writeSettingsFile } from './settings-file.ts';
import { settingsSchema } from './settings.ts';

/**
 * The manager's settings screen, in main (every operation here is manager-only: shared/ipc/roles.ts). It works
 * when the till is blocked — that is when it is needed most. A saved change is applied at once by opening the
 * till again, never under a payment that holds the counter. The app secret goes into the keychain and never comes
 * back out through here; the audit log records that it was replaced, never its value.
 */
export interface SettingsContext {
  readonly settingsFile: string;
  readonly secretStore: SecretStore;
  readonly now: () => number;
  readonly audit: (action: string, detail: AuditEntry['detail']) => Promise<void>;
  /** The journal's audit log, newest first (undefined while the till has no journal). */
  readonly auditLog: () => Promise<readonly AuditRecord[] | undefined>;
  readonly holdsCounter: () => boolean;
  /** Opens the till again with what is saved now; answers its info. */
  readonly reload: () => Promise<AppInfo>;
  readonly connection?: TestConnectionDeps;
}

const busy = (): Result<never, ErrorCode> => err('PAYMENT_IN_PROGRESS', 'Finish or cancel the payment on the counter first.');

async function secretStatus(merchantNo: string | undefined, context: SettingsContext): Promise<SecretStatus> {
  if (merchantNo === undefined) return { stored: false, setAt: undefined, keychain: 'ok' };
  let stored: boolean;
  try {
    stored = (await context.secretStore.get(appSecretAccount(merchantNo))) !== undefined;
  } catch (error) {
    if (error instanceof SecretStoreUnavailableError) return { stored: false, setAt: undefined, keychain: 'unavailable' };
    if (error instanceof SecretStoreLockedError) return { stored: false, setAt: undefined, keychain: 'locked' };
    throw error;
  }
  const log = stored ? await context.auditLog().catch(() => undefined) : undefined;
  const last = log?.find((entry) => entry.action === 'secret.replaced' && entry.detail['merchantNo'] === merchantNo);
  return { stored, setAt: last?.at, keychain: 'ok' };
}

export async function getSettings(context: SettingsContext): Promise<Result<SettingsView, ErrorCode>> {
  const read = await readSettingsFile(context.settingsFile);
  return ok({ values: read.values, source: read.source, problems: read.problems, secret: await secretStatus(read.values.merchantNo, context) });
}

export async function saveSettings(values: unknown, context: SettingsContext): Promise<Result<SaveSettingsResult, ErrorCode>> {
  if (context.holdsCounter()) return busy();
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return ok({ kind: 'invalid', problems: problemsOf(parsed.error) });
  const previous = await readSettingsFile(context.settingsFile);
  await writeSettingsFile(context.settingsFile, parsed.data, previous, context.now());
  const fields = previous.source === 'damaged' ? ['(repaired)'] : changedFields(previous.values, parsed.data);
  // Logged by the till the change opens: a demo till's journal is in memory, and goes with it.
  const info = await context.reload();
  await context.audit('settings.changed', { fields: fields.join(',') });
  return ok({ kind: 'saved', info });
}

/** The merchant number the secret belongs to: the saved one (a secret is stored after its merchant number). */
async function savedMerchant(context: SettingsContext): Promise<string | undefined> {
  const read = await readSettingsFile(context.settingsFile);
  return read.source === 'file' ? read.values.merchantNo : undefined;
}

async function keychain(work: () => Promise<unknown>): Promise<Result<true, ErrorCode>> {
  try {
    await work();
    return ok(true);
  } catch (error) {
    if (error instanceof SecretStoreUnavailableError) return err('KEYCHAIN_UNAVAILABLE', 'The OS keychain cannot be reached.');
    if (error instanceof SecretStoreLockedError) return err('KEYCHAIN_LOCKED', 'The OS keychain is locked: unlock it, then try again.');
    throw error;
  }
}

export async function setAppSecret(secret: string, context: SettingsContext): Promise<Result<SecretStatus, ErrorCode>> {
  if (context.holdsCounter()) return busy();
  const merchantNo = await savedMerchant(context);
  if (merchantNo === undefined) return err('SETTINGS_INVALID', 'Save the merchant number first; the secret is stored under it.');
  const stored = await keychain(() => context.secretStore.set(appSecretAccount(merchantNo), secret.trim()));
  if (!stored.ok) return stored;
  await context.reload();
  await context.audit('secret.replaced', { merchantNo });
  return ok(await secretStatus(merchantNo, context));
}

export async function removeAppSecret(context: SettingsContext): Promise<Result<SecretStatus, ErrorCode>> {
  if (context.holdsCounter()) return busy();
  const merchantNo = await savedMerchant(context);
  if (merchantNo === undefined) return err('SETTINGS_INVALID', 'No merchant number is saved.');
  const removed = await keychain(() => context.secretStore.delete(appSecretAccount(merchantNo)));
  if (!removed.ok) return removed;
  await context.reload();
  await context.audit('secret.removed', { merchantNo });
  return ok(await secretStatus(merchantNo, context));
}

/** One balance query with the values as entered (the secret as typed, or the stored one), before anything is saved. */
export async function runConnectionTest(request: ConnectionTestRequest, context: SettingsContext): Promise<Result<ConnectionTestResult, ErrorCode>> {
  if (request.environment === 'production' && !request.baseUrl.startsWith('https://')) {
    return ok({ kind: 'invalid', field: 'baseUrl', message: 'Production needs an https:// address: a signed request never goes over plain HTTP.' });
  }
  let secret = request.secret?.trim();
  if (!secret) {
    const stored = await context.secretStore.get(appSecretAccount(request.merchantNo)).catch((error: unknown) => {
      if (error instanceof SecretStoreUnavailableError || error instanceof SecretStoreLockedError) return undefined;
      throw error;
    });
    if (stored === undefined) return ok({ kind: 'invalid', field: 'secret', message: 'Type the app secret: none is stored for this merchant number.' });
    secret = stored;
  }
  const result = await testConnection({ baseUrl: request.baseUrl, merchantNo: request.merchantNo, secret, saltComposition: request.saltComposition }, context.connection);
  await context.audit('connection.tested', { merchantNo: request.merchantNo, environment: request.environment, result: result.kind });
  return ok(result);
}
