// Cold start → first diagnostics of the language server, as the editor sees it: from starting the server process
// to the first textDocument/publishDiagnostics for an opened file. Each server is started --runs times in turn
// (alternating, so machine load falls on both alike); the median and the range are printed as a Markdown table.
//
//   node tests/bench/server-start/measure.mjs --folder DIR --file PY [--runs N] NAME=COMMAND [NAME=COMMAND ...]
//   e.g.  "self-contained R2R=server-bin/clawdev"  "portable=dotnet /tmp/portable/clawdev.dll"
// COMMAND is split on spaces and gets `lsp --stdio` appended.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index < 0 ? fallback : args.splice(index, 2)[1];
};
const folder = path.resolve(option('--folder', '.'));
const file = path.resolve(option('--file', ''));
const runs = Number(option('--runs', '5'));
const servers = args.map(spec => {
  const [name, command] = spec.split(/=(.*)/s);
  return { name, command: command.split(' '), times: [] };
});
if (servers.length === 0 || !file) {
  console.error('usage: measure.mjs --folder DIR --file PY [--runs N] NAME=COMMAND ...');
  process.exit(2);
}

for (let run = 0; run < runs; run++) {
  for (const server of servers) {
    server.times.push(await firstDiagnostics(server.command));
  }
}
console.log(`| server | first diagnostics, median of ${runs} | fastest | slowest |`);
console.log('| --- | ---: | ---: | ---: |');
for (const { name, times } of servers) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`| ${name} | ${sorted[Math.floor(sorted.length / 2)]} ms | ${sorted[0]} ms | ${sorted.at(-1)} ms |`);
}

/** Milliseconds from spawning the server to its first publishDiagnostics for `file`. */
function firstDiagnostics([command, ...commandArgs]) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, [...commandArgs, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${command}: no diagnostics within 60 s`)); }, 60_000);
    const uri = pathToFileURL(file).href;
    let buffer = Buffer.alloc(0);
    const send = message => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
      child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    };
    child.on('error', reject);
    child.stdout.on('data', chunk => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1 && message.result !== undefined) {
          send({ method: 'initialized', params: {} });
          send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'python', version: 1, text: readFileSync(file, 'utf8') } } });
        } else if (message.method === 'workspace/configuration') {
          send({ id: message.id, result: message.params.items.map(() => ({})) });
        } else if (message.method !== undefined && message.id !== undefined) {
          send({ id: message.id, result: null });
        } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
          const elapsed = Number((process.hrtime.bigint() - started) / 1_000_000n);
          clearTimeout(timer);
          send({ id: 2, method: 'shutdown' });
          send({ method: 'exit' });
          child.on('exit', () => resolve(elapsed));
          setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          return;
        }
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }], capabilities: {} } });
  });
}
