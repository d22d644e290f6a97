// Preloaded with `node --require` before Electronegativity's CLI (test/security/electronegativity.test.ts).
// It is CommonJS because --require loads CommonJS; the tool itself is CommonJS too.
/* eslint-disable @typescript-eslint/no-require-imports -- a --require preload for a CommonJS tool */
'use strict';
const fs = require('node:fs');
const { dirname, join } = require('node:path');

const toolRoot = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const fromTool = (request) => require.resolve(request, { paths: [toolRoot] });

// 1. No network. At start the tool downloads its translations with `got`; offline, got's retry throws an
//    uncaught error from p-cancelable and the process dies mid-report. A `got` that fails at once lets the
//    tool's own catch fall back to the translations it ships. (The other caller, AvailableSecurityFixesGlobalCheck,
//    is excluded on the command line: it fetches Electron's release list.)
const offline = () => Promise.reject(new Error('offline: Electronegativity runs without network in the Kasir tests'));
offline.head = offline;
const gotPath = fromTool('got');
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };

// 2. In order, on disk. With -o x.csv the tool starts the header write and the findings' append at the same
//    time, so the header can land over the first finding (or truncate the file after it). Electronegativity
//    writes nothing else with fs.writeFile, so making it synchronous here only puts the two writes in order.
fs.writeFile = (file, data, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options);
  } catch (error) {
    done(error);
    return;
  }
  done(null);
};

// 3. Nothing skipped in silence. With -o the tool drops a file it cannot parse or check without a word, and
//    "no findings" would then mean "not looked at". Say so on stderr, which the test requires to be empty.
function reportSkips(target, method, fileOf) {
  const original = target.prototype[method];
  target.prototype[method] = function reportingSkips(...args) {
    const complain = (error) => {
      process.stderr.write(`electronegativity skipped ${fileOf(args)}: ${error instanceof Error ? error.message : String(error)}\n`);
      throw error;
    };
    try {
      const result = original.apply(this, args);
      return result instanceof Promise ? result.catch(complain) : result;
    } catch (error) {
      return complain(error);
    }
  };
}
reportSkips(require(join(toolRoot, 'dist/parser')).Parser, 'parse', (args) => args[0]);
reportSkips(require(join(toolRoot, 'dist/finder')).Finder, 'find', (args) => args[0]);
