// Runs ruff's WebAssembly build (@astral-sh/ruff-wasm-nodejs) over every .py file under a folder with the
// given rules, as one process with one Workspace: the peer bench.sh measures.
// Usage: node ruff-wasm.js PACKAGE_DIR FOLDER CODES   (CODES comma-separated, e.g. D100,D101)
// Prints "files N, lines N, findings N, failed N".
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const [packageDir, root, codes] = process.argv.slice(2);
if (!packageDir || !root || !codes) {
  console.error('usage: node ruff-wasm.js PACKAGE_DIR FOLDER CODES');
  process.exit(2);
}
const { Workspace, PositionEncoding } = require(path.resolve(packageDir));

// Hidden folders are skipped, as ClawDev and pydocstyle skip them.
function* pythonFiles(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* pythonFiles(full);
    else if (entry.isFile() && entry.name.endsWith('.py')) yield full;
  }
}

const workspace = new Workspace({ lint: { select: codes.split(',') } }, PositionEncoding.Utf16);
let files = 0;
let lines = 0;
let findings = 0;
let failed = 0;
for (const file of pythonFiles(root)) {
  const source = fs.readFileSync(file, 'utf8');
  files += 1;
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lines += 1;
  try {
    findings += workspace.check(source).filter((diagnostic) => diagnostic.code !== null).length;
  } catch (error) {
    failed += 1;
    console.error(`${file}: ${error}`);
  }
}
console.log(`files ${files}, lines ${lines}, findings ${findings}, failed ${failed}`);
