import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planServerLaunch, serverCommand } from '../../src/server/serverLaunch';

const bundled = '/ext/server-bin/clawdev.dll';
const existing = (...files: string[]) => async (filePath: string) => files.includes(filePath);

describe('which server starts', () => {
  test('the bundled server when no path is set', async () => {
    assert.deepEqual(await planServerLaunch(undefined, bundled, existing(bundled)),
      { plan: { kind: 'dotnet', assembly: bundled } });
  });

  test('a clawdev.dll from the setting runs on dotnet', async () => {
    assert.deepEqual(await planServerLaunch('/dev/ClawDev.DLL', bundled, existing('/dev/ClawDev.DLL')),
      { plan: { kind: 'dotnet', assembly: '/dev/ClawDev.DLL' } });
  });

  test('any other file from the setting runs directly', async () => {
    assert.deepEqual(await planServerLaunch('/dev/clawdev', bundled, existing('/dev/clawdev')),
      { plan: { kind: 'executable', executable: '/dev/clawdev' } });
  });

  test('a broken server.path is one clear problem, not a fallback to the bundled server', async () => {
    assert.deepEqual(await planServerLaunch('/nope/clawdev', bundled, existing(bundled)), {
      problem: 'clawdev.server.path is set to "/nope/clawdev", which does not exist. '
        + 'Fix the path, or clear the setting to use the server that comes with the extension.',
    });
  });

  test('a missing bundled server says how to get one', async () => {
    const result = await planServerLaunch(undefined, bundled, existing());
    assert.ok('problem' in result);
    assert.match(result.problem, /^The ClawDev server is missing from the extension \(no \/ext\/server-bin\/clawdev\.dll\)\. Reinstall the extension; when developing ClawDev, run `npm run build:server` first\.$/);
  });
});

describe('the command line', () => {
  const dotnet = { path: '/usr/bin/dotnet', source: 'PATH' as const, runtimeVersion: '10.0.12' };

  const key = Buffer.alloc(32, 7);

  test('dotnet runs the assembly with the lsp verb and the editor process id', () => {
    const command = serverCommand({ kind: 'dotnet', assembly: bundled }, dotnet, 4242, { PATH: '/usr/bin' }, key);
    assert.equal(command.command, '/usr/bin/dotnet');
    assert.deepEqual(command.args, [bundled, 'lsp', '--clientProcessId', '4242']);
    assert.equal(command.env.PATH, '/usr/bin');
    assert.equal(command.env.DOTNET_ROLL_FORWARD, 'Major');
  });

  test('an executable runs directly', () => {
    const command = serverCommand({ kind: 'executable', executable: '/dev/clawdev' }, undefined, 7, {}, key);
    assert.equal(command.command, '/dev/clawdev');
    assert.deepEqual(command.args, ['lsp', '--clientProcessId', '7']);
  });

  test('the GitHub session key goes in the environment, base64, and never in the arguments', () => {
    const command = serverCommand({ kind: 'dotnet', assembly: bundled }, dotnet, 1, { CLAWDEV_SESSION_KEY: 'inherited' }, key);
    assert.equal(command.env.CLAWDEV_SESSION_KEY, key.toString('base64'));
    assert.equal(Buffer.from(command.env.CLAWDEV_SESSION_KEY!, 'base64').length, 32);
    assert.ok(!command.args.some(arg => arg.includes(key.toString('base64'))));
  });

  test('an assembly without a dotnet is a programming error', () => {
    assert.throws(() => serverCommand({ kind: 'dotnet', assembly: bundled }, undefined, 1, {}, key), /needs a dotnet/);
  });
});
