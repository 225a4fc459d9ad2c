import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ServerLogMerger, type LogLevel } from '../../src/server/serverLogMerger';

function recorder(): { lines: string[]; merger: ServerLogMerger; advance: (ms: number) => void } {
  const lines: string[] = [];
  let now = 0;
  const writer = (level: LogLevel) => (text: string) => { lines.push(`${level}: ${text}`); };
  const sink = { error: writer('error'), warn: writer('warn'), info: writer('info'), debug: writer('debug') };
  return { lines, merger: new ServerLogMerger(sink, () => now), advance: ms => { now += ms; } };
}

test('a server line that arrives on stderr and as window/logMessage is written once, whichever comes first', () => {
  const { lines, merger } = recorder();
  merger.stderr('[clawdev info] workspace folder /w\n');
  merger.client('info', 'workspace folder /w');
  merger.client('warn', 'indexing stopped after 3 files');
  merger.stderr('[clawdev warning] indexing stopped after 3 files\n');
  assert.deepEqual(lines, ['info: workspace folder /w', 'warn: indexing stopped after 3 files']);
});

test('stderr lines split across chunks are put together before they are matched', () => {
  const { lines, merger } = recorder();
  merger.client('error', 'could not read ruff.toml');
  merger.stderr('[clawdev err');
  merger.stderr('or] could not read ruff.toml\n[clawdev info] next\n');
  assert.deepEqual(lines, ['error: could not read ruff.toml', 'info: next']);
});

test('the same text logged twice on purpose is written twice', () => {
  const { lines, merger } = recorder();
  for (let i = 0; i < 2; i++) {
    merger.stderr('[clawdev info] shutdown requested\n');
    merger.client('info', 'shutdown requested');
  }
  assert.deepEqual(lines, ['info: shutdown requested', 'info: shutdown requested']);
});

test('lines that are not the server log (a crash report) and client-only messages always pass', () => {
  const { lines, merger } = recorder();
  merger.stderr('Unhandled exception. System.IO.IOException: broken pipe\n   at Program.Main()\n');
  merger.client('error', 'Server process exited with code 134.');
  assert.deepEqual(lines, [
    'info: Unhandled exception. System.IO.IOException: broken pipe',
    'info:    at Program.Main()',
    'error: Server process exited with code 134.',
  ]);
});

test('a line whose twin never comes is not matched with one much later', () => {
  const { lines, merger, advance } = recorder();
  merger.stderr('[clawdev info] workspace folder /w\n');
  advance(60_000);
  merger.client('info', 'workspace folder /w');
  assert.deepEqual(lines, ['info: workspace folder /w', 'info: workspace folder /w']);
});

test('levels must agree: an error is not the twin of an info line with the same text', () => {
  const { lines, merger } = recorder();
  merger.stderr('[clawdev error] x\n');
  merger.client('info', 'x');
  assert.deepEqual(lines, ['error: x', 'info: x']);
});
