import type { AuditActor, AuditEntry, AuditRecord, AuditValue } from '../payments/journal.ts';
import { damaged, parseObject } from './rows.ts';
import type { Row, RowValues } from './rows.ts';

/**
 * Audit entries to rows and back. An entry that breaks the rules below is a bug in its caller (the IPC layer
 * validates what a window sends before it gets here), so it is refused with a plain Error, never stored: the log
 * is what the manager reads when something went wrong, and must not itself be the thing that is wrong.
 */
export const AUDIT_ACTORS: readonly AuditActor[] = ['manager', 'cashier', 'system'];
/** Dotted lowerCamel words: 'pin.set', 'settings.changed', 'late.acknowledged'. */
export const AUDIT_ACTION = /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/;

function isAuditValue(value: unknown): value is AuditValue {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** How a refused value is named in the error (never the whole value: it may be long). */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name: unknown = Object.getPrototypeOf(value)?.constructor?.name;
    return typeof name === 'string' && name !== 'Object' ? `a ${name}` : 'an object';
  }
  return `a ${typeof value}`;
}

function isActor(value: unknown): value is AuditActor {
  return (AUDIT_ACTORS as readonly unknown[]).includes(value);
}

/** A plain `{ key: value }` object: not an array, a Date, a Map or a class instance, which JSON would flatten or drop. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Throws a plain Error naming what is wrong with an entry no caller should make. */
export function checkAuditEntry(entry: AuditEntry): void {
  const fail = (why: string): never => {
    throw new Error(`appendAudit: ${why}`);
  };
  if (typeof entry !== 'object' || entry === null) return fail(`an entry is an object, not ${shown(entry)}`);
  const { at, actor, action, detail } = entry as { at: unknown; actor: unknown; action: unknown; detail: unknown };
  if (typeof at !== 'number' || !Number.isSafeInteger(at) || at < 0) fail(`at is epoch milliseconds (a whole number ≥ 0), not ${shown(at)}`);
  if (!isActor(actor)) fail(`actor is one of ${AUDIT_ACTORS.join(', ')}, not ${shown(actor)}`);
  if (typeof action !== 'string' || !AUDIT_ACTION.test(action)) {
    fail(`action is dotted lowerCamel words such as 'settings.changed', not ${shown(action)}`);
  }
  if (!isPlainObject(detail)) return fail(`detail is a plain object, not ${shown(detail)}`);
  if (Object.getOwnPropertySymbols(detail).length > 0) fail('detail has symbol keys, which JSON would drop');
  for (const [key, value] of Object.entries(detail)) {
    if (!isAuditValue(value)) fail(`detail.${key} is ${shown(value)}; a detail value is a string, a finite number, a boolean or null`);
  }
}

export function auditParameters(entry: AuditEntry): RowValues {
  checkAuditEntry(entry);
  return { at: entry.at, actor: entry.actor, action: entry.action, detail: JSON.stringify(entry.detail) };
}

/** An `id, at, actor, action, detail` row back to the record, refusing one this journal could not have written. */
export function auditFromRow(row: Row, location: string): AuditRecord {
  const { id, at, actor, action } = row;
  const detail = parseObject(row['detail']);
  const readable = typeof id === 'number' && typeof at === 'number' && isActor(actor) && typeof action === 'string'
    && detail !== undefined && Object.values(detail).every(isAuditValue);
  if (!readable) throw damaged(location, `audit entry ${String(id)} is unreadable`);
  return { id, at, actor, action, detail: detail as Record<string, AuditValue> };
}
