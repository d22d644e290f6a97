import { redact, redactText } from './redact.ts';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * The till's log, for support: one named event and its fields per record. Every record is redacted on its way out
 * (./redact.ts), so a call site can pass a whole request or error without deciding what is safe.
 */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A value that must never be written (the app secret, once the till has read it from the keychain). */
  protect(secret: string): void;
  /** Text made safe the same way as a record (for files copied out of the till, such as a diagnostics archive). */
  scrub(text: string): string;
}

/** Where redacted records go: one line each (./file-sink.ts writes them with electron-log). */
export interface LogSink {
  write(level: LogLevel, line: string): void;
}

export function createLogger(sink: LogSink): Logger {
  const secrets = new Set<string>();
  const write = (level: LogLevel, event: string, fields: LogFields = {}): void => {
    const known = [...secrets];
    // The whole line is scrubbed once more: a secret could also hide in a field's name or a value's text form.
    // The event's name comes first and cannot be overwritten by a field of the same name.
    const line = redactText(JSON.stringify(Object.assign({ event }, redact(fields, known), { event })), known);
    try {
      sink.write(level, line);
    } catch {
      // A log that cannot be written must never stop a payment.
    }
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    protect(secret) {
      if (secret.trim() !== '') secrets.add(secret.trim());
      if (secret !== '') secrets.add(secret);
    },
    scrub: (text) => redactText(text, [...secrets]),
  };
}

/** For tests and tools that keep no log; it still masks payer data in what it scrubs. */
export const silentLogger: Logger = {
  info: () => {}, warn: () => {}, error: () => {}, protect: () => {}, scrub: (text) => redactText(text, []),
};
