import type { ErrorCode } from '../../shared/ipc/contract.ts';
import type { QuitOutcome, UpdateState, UpdateStatus } from '../../shared/ipc/updates.ts';
import type { Result } from '../../shared/result.ts';
import { ok } from '../../shared/result.ts';
import type { AuditEntry } from '../payments/journal.ts';
import type { TillActivity, Updater } from './update-gate.ts';
import { mayRestart } from './update-gate.ts';

/** What the manager's update and quit operations need from the till (electron/app/till.ts builds it). */
export interface SystemContext {
  /** undefined where the app cannot update itself (tests, a development build). */
  readonly updater: Updater | undefined;
  /** The running version when there is no updater to say it. */
  readonly appVersion: string | undefined;
  /** The settings' updateFeedUrl; undefined: updates are off. */
  readonly feedUrl: () => string | undefined;
  readonly activity: () => TillActivity;
  /** Closes the core: every change under way written, the journal closed. */
  readonly shutdown: () => Promise<void>;
  /** Ends the app (the kiosk lets it); undefined where there is no app around the core. */
  readonly quit: (() => void) | undefined;
  readonly audit: (action: string, detail: AuditEntry['detail']) => Promise<void>;
}

const UNKNOWN_VERSION = '0.0.0';

function status(context: SystemContext, state: UpdateState, version?: string, detail?: string): UpdateStatus {
  return { state, currentVersion: context.updater?.currentVersion ?? context.appVersion ?? UNKNOWN_VERSION, version, detail };
}

/** Where the till stands without asking the feed. */
function standing(context: SystemContext): UpdateStatus {
  if (context.feedUrl() === undefined) return status(context, 'off');
  if (!context.updater) return status(context, 'unavailable');
  const ready = context.updater.downloaded();
  return ready === undefined ? status(context, 'notChecked') : status(context, 'ready', ready);
}

/**
 * The running version and what is known without the network: the manager's screen opens with it, so opening it
 * never starts a download over the shop's connection; only "check" asks the feed.
 */
export function getUpdateStatus(context: SystemContext): Result<UpdateStatus, ErrorCode> {
  return ok(standing(context));
}

/**
 * Writes the manager's decision to the audit log and closes the core, if the till may restart. Asked again after
 * the audit write, right before the close (nothing awaited in between): a charge that began meanwhile keeps the till.
 */
async function auditedShutdown(context: SystemContext, action: string, detail: AuditEntry['detail']): Promise<Result<void, ErrorCode>> {
  const before = mayRestart(context.activity());
  if (!before.ok) return before;
  await context.audit(action, detail);
  const still = mayRestart(context.activity());
  if (!still.ok) return still;
  await context.shutdown();
  return still;
}

/** The manager's "check for updates": asks the feed, downloads a newer version; installs nothing. */
export async function checkForUpdate(context: SystemContext): Promise<Result<UpdateStatus, ErrorCode>> {
  const feedUrl = context.feedUrl();
  if (feedUrl === undefined || !context.updater) return ok(standing(context));
  try {
    const version = await context.updater.check(feedUrl);
    return ok(version === undefined ? status(context, 'upToDate') : status(context, 'ready', version));
  } catch (error) {
    return ok(status(context, 'failed', undefined, error instanceof Error ? error.message.slice(0, 300) : 'the feed could not be read'));
  }
}

/**
 * The manager's "install now": refused while a payment holds the counter or is being checked; otherwise the
 * journal is closed first (every change written), then the updater quits and installs.
 */
export async function installUpdate(context: SystemContext): Promise<Result<UpdateStatus, ErrorCode>> {
  const now = standing(context);
  if (now.state !== 'ready' || !context.updater || now.version === undefined) return ok(now);
  const allowed = await auditedShutdown(context, 'update.installed', { from: now.currentVersion, to: now.version });
  if (!allowed.ok) return allowed;
  context.updater.install();
  return ok(status(context, 'installing', now.version));
}

/** The manager's "quit Kasir" (a kiosk till has no other way out): same rule, same clean shutdown. */
export async function quitApp(context: SystemContext): Promise<Result<QuitOutcome, ErrorCode>> {
  if (!context.quit) return ok({ quitting: false });
  const allowed = await auditedShutdown(context, 'app.quit', {});
  if (!allowed.ok) return allowed;
  context.quit();
  return ok({ quitting: true });
}
