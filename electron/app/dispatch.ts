import type { ErrorCode, IpcResult } from '../../shared/ipc/contract.ts';
import type { InvokeName } from '../../shared/ipc/channels.ts';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels.ts';
import type { WindowRole } from '../../shared/ipc/roles.ts';
import { MANAGER_ONLY, mayInvoke } from '../../shared/ipc/roles.ts';
import type { ParsedRequest } from '../../shared/ipc/schemas.ts';
import { requestSchemas } from '../../shared/ipc/schemas.ts';
import type { Result } from '../../shared/result.ts';
import { err } from '../../shared/result.ts';

/** One handler per contract operation, receiving only a payload that passed the contract's schema. */
export type Handlers = {
  [N in InvokeName]: (request: ParsedRequest<N>) => Promise<IpcResult<N>>;
};

/** `role` is the calling window's, established by main from the sender (never taken from the payload). */
export type Dispatch = (name: string, payload: unknown, role?: WindowRole) => Promise<Result<unknown, ErrorCode>>;

function isInvokeName(name: string): name is InvokeName {
  return Object.hasOwn(INVOKE_CHANNELS, name);
}

/** The manager session as the dispatcher sees it (../manager/access.ts). */
export interface ManagerCheck {
  /** Is a session open? Only looks. */
  readonly isOpen: () => boolean;
  /** Is a session open? If so, this action keeps it open longer. */
  readonly isManager: () => boolean;
}

/**
 * Every payload is `unknown` until its schema accepts it (STYLE.md §2): a partly valid request is refused
 * whole, with a short user-safe message. A handler that throws is a bug; the caller gets INTERNAL and no
 * details (an Error thrown across IPC would lose everything but its text anyway).
 */
export function createDispatcher(
  handlers: Handlers,
  onBug: (name: string, error: unknown) => void = () => {},
  access: ManagerCheck = { isOpen: () => false, isManager: () => false },
): Dispatch {
  const managerOnly = err('MANAGER_ONLY', 'Only the manager may do that: unlock manager mode first.');
  return async (name, payload, role = 'cashier') => {
    if (!isInvokeName(name)) return err('INVALID_REQUEST', 'Unknown operation.');
    if (!mayInvoke(role, name)) return err('FORBIDDEN_ROLE', 'This window may not do that.');
    // Manager rights are checked here, in main, for every call: a hidden button is not a permission. Only a valid
    // request keeps the session open; a malformed one is refused without doing so.
    if (MANAGER_ONLY.has(name) && !access.isOpen()) return managerOnly;
    const parsed = requestSchemas[name].safeParse(payload);
    if (!parsed.success) return err('INVALID_REQUEST', `Invalid request for ${name}.`);
    if (MANAGER_ONLY.has(name) && !access.isManager()) return managerOnly;
    try {
      const handler = handlers[name] as (request: unknown) => Promise<Result<unknown, ErrorCode>>;
      return await handler(parsed.data);
    } catch (error) {
      onBug(name, error);
      return err('INTERNAL', 'Something went wrong inside Kasir. Nothing was charged by this request.');
    }
  };
}
