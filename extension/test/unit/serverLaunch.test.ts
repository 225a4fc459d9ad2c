import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runsOnMusl, vscodeTarget } from '../../src/server/platformTarget';
import { planServerLaunch, reinstallAdvice, serverCommand, type LaunchHost } from '../../src/server/serverLaunch';

const extension = '/ext';
const bundled = '/ext/server-bin/clawdev.dll';
const platformServer = '/ext/server-bin/clawdev';
const manifest = '/ext/server-bin/clawdev-server.json';

/** A host with these files (path → text), of which `executables` may be run, on `target`. */
function host(files: Record<string, string>, executables: string[] = [], target = 'linux-x64'): LaunchHost {
  return {
    isFile: async filePath => filePath in files,
    isExecutable: async filePath => executables.includes(filePath),
    readText: async filePath => files[filePath],
    target,
  };
}

const platformVsix = { [manifest]: '{"target":"linux-x64","executable":"clawdev"}', [platformServer]: '' };

describe('which server starts', () => {
  test('the universal VSIX: the bundled assembly, run by dotnet', async () => {
    assert.deepEqual(await planServerLaunch(undefined, extension, host({ [bundled]: '' })),
      { plan: { kind: 'dotnet', assembly: bundled } });
  });

  test('a platform VSIX on its platform: the self-contained executable, no dotnet', async () => {
    assert.deepEqual(await planServerLaunch(undefined, extension, host(platformVsix, [platformServer])),
      { plan: { kind: 'executable', executable: platformServer, bundled: true } });
  });

  test('a platform VSIX on another platform says which VSIX to install', async () => {
    assert.deepEqual(await planServerLaunch(undefined, extension, host(platformVsix, [platformServer], 'darwin-arm64')), {
      problem: 'This ClawDev extension was built for linux-x64, but VS Code runs on darwin-arm64 here. '
        + 'Install the ClawDev VSIX for darwin-arm64 (clawdev-darwin-arm64.vsix) or the universal ClawDev VSIX (it needs the .NET 10 runtime).',
    });
  });

  test('a platform VSIX without its server, or with a server that may not run, says to reinstall', async () => {
    const missing = await planServerLaunch(undefined, extension, host({ [manifest]: platformVsix[manifest] }));
    assert.deepEqual(missing, { problem: 'The ClawDev server is missing from this installation (no /ext/server-bin/clawdev). Reinstall the ClawDev extension for linux-x64 (clawdev-linux-x64.vsix).' });
    const notExecutable = await planServerLaunch(undefined, extension, host(platformVsix));
    assert.ok('problem' in notExecutable);
    assert.match(notExecutable.problem, /^The ClawDev server \/ext\/server-bin\/clawdev is not executable .* Reinstall the ClawDev extension for linux-x64 \(clawdev-linux-x64\.vsix\), or run chmod \+x "\/ext\/server-bin\/clawdev"\.$/);
  });

  test('a damaged manifest, or one that points outside the server folder, says to reinstall', async () => {
    for (const text of ['{not json', '{"target":"linux-x64","executable":"../../bin/sh"}', '{"target":"linux-x64"}']) {
      const result = await planServerLaunch(undefined, extension, host({ [manifest]: text }));
      assert.ok('problem' in result && /is damaged .* Reinstall the ClawDev extension\.$/.test(result.problem), text);
    }
  });

  test('a clawdev.dll from the setting runs on dotnet', async () => {
    assert.deepEqual(await planServerLaunch('/dev/ClawDev.DLL', extension, host({ '/dev/ClawDev.DLL': '' })),
      { plan: { kind: 'dotnet', assembly: '/dev/ClawDev.DLL' } });
  });

  test('any other file from the setting runs directly, when it may be run', async () => {
    assert.deepEqual(await planServerLaunch('/dev/clawdev', extension, host({ '/dev/clawdev': '' }, ['/dev/clawdev'])),
      { plan: { kind: 'executable', executable: '/dev/clawdev', bundled: false } });
    const result = await planServerLaunch('/dev/clawdev', extension, host({ '/dev/clawdev': '' }));
    assert.ok('problem' in result);
    assert.match(result.problem, /^clawdev\.server\.path is set to "\/dev\/clawdev", which is not executable\./);
  });

  test('a broken server.path is one clear problem, not a fallback to the bundled server', async () => {
    assert.deepEqual(await planServerLaunch('/nope/clawdev', extension, host({ [bundled]: '' })), {
      problem: 'clawdev.server.path is set to "/nope/clawdev", which does not exist. '
        + 'Fix the path, or clear the setting to use the server that comes with the extension.',
    });
  });

  test('a missing bundled server says how to get one', async () => {
    const result = await planServerLaunch(undefined, extension, host({}));
    assert.ok('problem' in result);
    assert.match(result.problem, /^The ClawDev server is missing from the extension \(no \/ext\/server-bin\/clawdev\.dll\)\. Reinstall the extension; when developing ClawDev, run `npm run build:server` first\.$/);
  });

  test('a server that keeps dying: what to reinstall depends on where it came from', () => {
    assert.equal(reinstallAdvice({ kind: 'executable', executable: platformServer, bundled: true }), 'Reinstall the ClawDev extension.');
    assert.match(reinstallAdvice({ kind: 'executable', executable: '/home/a/.dotnet/tools/clawdev', bundled: false }), /dotnet tool update --global clawdev/);
  });
});

describe('the platform', () => {
  test('VS Code target names', () => {
    assert.equal(vscodeTarget('linux', 'x64', false), 'linux-x64');
    assert.equal(vscodeTarget('linux', 'x64', true), 'alpine-x64');
    assert.equal(vscodeTarget('win32', 'arm64', false), 'win32-arm64');
    assert.equal(vscodeTarget('darwin', 'arm64', false), 'darwin-arm64');
  });

  test('this machine is not taken for musl when it has glibc', () => {
    const glibc = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime;
    assert.equal(runsOnMusl(), process.platform === 'linux' && glibc === undefined);
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
    const command = serverCommand({ kind: 'executable', executable: '/dev/clawdev', bundled: false }, undefined, 7, {}, key);
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
