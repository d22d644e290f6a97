import { readFile } from 'node:fs/promises';

/**
 * How `npm run configure` takes the Paypro app secret without leaving it anywhere: typed at a prompt that shows
 * nothing (raw mode: the terminal does not echo, so the secret is neither on screen nor in a scrollback or a
 * recording), piped in, or read from a file the IT person deletes afterwards. Never an argument: that would land in
 * the shell's history and in the process list.
 */
export interface SecretSource {
  /** `--secret-file FILE`. */
  readonly file?: string | undefined;
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WriteStream;
}

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const ERASE = new Set(['\u007f', '\b']);

/** Reads a line from a terminal in raw mode: nothing typed is echoed. Ctrl-C cancels. */
export function readHidden(input: NodeJS.ReadStream, output: NodeJS.WriteStream, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let secret = '';
    const finish = (error?: Error): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(secret);
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === CTRL_C) return finish(new Error('cancelled; nothing was changed'));
        if (ENTER.has(char) || char === CTRL_D) return finish();
        if (ERASE.has(char)) secret = secret.slice(0, -1);
        else secret += char;
      }
    };
    // Raw mode first: a key pressed the moment the prompt shows must not be echoed.
    input.setRawMode(true);
    output.write(prompt);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

async function readAll(input: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The secret, trimmed of the line break a file or a paste brings along. */
export async function readSecret(source: SecretSource): Promise<string> {
  if (source.file !== undefined) return (await readFile(source.file, 'utf8')).replace(/^\uFEFF/, '').trim();
  if (source.input.isTTY) return (await readHidden(source.input, source.output, 'Paypro app secret (what you type is not shown), then Enter: ')).trim();
  return (await readAll(source.input)).trim();
}
