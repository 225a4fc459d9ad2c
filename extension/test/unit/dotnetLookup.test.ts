import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDotnet, type DotnetHost } from '../../src/dotnet/dotnetLookup';

const net10 = 'Microsoft.AspNetCore.App 10.0.12 [/x/shared/Microsoft.AspNetCore.App]\nMicrosoft.NETCore.App 10.0.12 [/x/shared/Microsoft.NETCore.App]\n';
const net8 = 'Microsoft.NETCore.App 8.0.11 [/y/shared/Microsoft.NETCore.App]\n';

interface FakeMachine {
  setting?: string;
  installTool?: string;
  DOTNET_ROOT?: string;
  PATH?: string;
  platform?: NodeJS.Platform;
  /** Existing dotnet executables and what `--list-runtimes` prints (an Error when it cannot run). */
  dotnets: Record<string, string | Error>;
}

/** A host over a fake machine that records which dotnets were asked for their runtimes, in order. */
function host(machine: FakeMachine): DotnetHost & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    settingPath: machine.setting,
    findWithInstallTool: async () => machine.installTool,
    environment: { DOTNET_ROOT: machine.DOTNET_ROOT, PATH: machine.PATH },
    platform: machine.platform ?? 'linux',
    isFile: async filePath => filePath in machine.dotnets,
    listRuntimes: async dotnetPath => {
      asked.push(dotnetPath);
      return machine.dotnets[dotnetPath];
    },
  };
}

describe('findDotnet lookup order', () => {
  const cases: { name: string; machine: FakeMachine; found: string; source: string; asked: string[] }[] = [
    {
      name: 'the setting comes first, even when others would do',
      machine: { setting: '/opt/dn/dotnet', installTool: '/tool/dotnet', DOTNET_ROOT: '/root-dn', PATH: '/usr/bin', dotnets: { '/opt/dn/dotnet': net10, '/tool/dotnet': net10, '/root-dn/dotnet': net10, '/usr/bin/dotnet': net10 } },
      found: '/opt/dn/dotnet', source: 'setting', asked: ['/opt/dn/dotnet'],
    },
    {
      name: 'the .NET Install Tool comes before DOTNET_ROOT and PATH',
      machine: { installTool: '/tool/dotnet', DOTNET_ROOT: '/root-dn', PATH: '/usr/bin', dotnets: { '/tool/dotnet': net10, '/root-dn/dotnet': net10, '/usr/bin/dotnet': net10 } },
      found: '/tool/dotnet', source: 'installTool', asked: ['/tool/dotnet'],
    },
    {
      name: 'without the Install Tool, DOTNET_ROOT comes before PATH',
      machine: { DOTNET_ROOT: '/root-dn', PATH: '/usr/bin', dotnets: { '/root-dn/dotnet': net10, '/usr/bin/dotnet': net10 } },
      found: '/root-dn/dotnet', source: 'DOTNET_ROOT', asked: ['/root-dn/dotnet'],
    },
    {
      name: 'an Install Tool answer without .NET 10 is passed over',
      machine: { installTool: '/tool/dotnet', PATH: '/usr/bin', dotnets: { '/tool/dotnet': net8, '/usr/bin/dotnet': net10 } },
      found: '/usr/bin/dotnet', source: 'PATH', asked: ['/tool/dotnet', '/usr/bin/dotnet'],
    },
    {
      name: 'PATH directories are tried in order; missing files are not run',
      machine: { PATH: '/a:/b::/c:/d', dotnets: { '/b/dotnet': net8, '/c/dotnet': new Error('EACCES'), '/d/dotnet': net10 } },
      found: '/d/dotnet', source: 'PATH', asked: ['/b/dotnet', '/c/dotnet', '/d/dotnet'],
    },
    {
      name: 'a dotnet named twice (DOTNET_ROOT and PATH) is run once',
      machine: { DOTNET_ROOT: '/usr/share/dotnet', PATH: '/usr/share/dotnet:/usr/bin', dotnets: { '/usr/share/dotnet/dotnet': net8, '/usr/bin/dotnet': net10 } },
      found: '/usr/bin/dotnet', source: 'PATH', asked: ['/usr/share/dotnet/dotnet', '/usr/bin/dotnet'],
    },
    {
      name: 'Windows: dotnet.exe and ";" between PATH entries',
      machine: { platform: 'win32', PATH: 'C:\\Tools;C:\\Program Files\\dotnet', dotnets: { 'C:\\Program Files\\dotnet\\dotnet.exe': net10 } },
      found: 'C:\\Program Files\\dotnet\\dotnet.exe', source: 'PATH', asked: ['C:\\Program Files\\dotnet\\dotnet.exe'],
    },
  ];
  for (const { name, machine, found, source, asked } of cases) {
    test(name, async () => {
      const fake = host(machine);
      const result = await findDotnet(fake);
      assert.ok('dotnet' in result, JSON.stringify(result));
      assert.equal(result.dotnet.path, found);
      assert.equal(result.dotnet.source, source);
      assert.equal(result.dotnet.runtimeVersion, '10.0.12');
      assert.deepEqual(fake.asked, asked);
    });
  }
});

describe('findDotnet failures', () => {
  test('a broken setting is reported, not replaced by another dotnet', async () => {
    const fake = host({ setting: '/missing/dotnet', PATH: '/usr/bin', dotnets: { '/usr/bin/dotnet': net10 } });
    const result = await findDotnet(fake);
    assert.ok('failure' in result);
    assert.equal(result.failure.message,
      'clawdev.dotnetPath is set to "/missing/dotnet", which does not exist. Point it to a dotnet with the .NET 10 runtime, or clear it to let ClawDev search.');
    assert.deepEqual(fake.asked, []);
  });

  test('a setting that points to an older .NET says which versions it has', async () => {
    const result = await findDotnet(host({ setting: '/old/dotnet', dotnets: { '/old/dotnet': net8 } }));
    assert.ok('failure' in result);
    assert.match(result.failure.message, /which has \.NET 8\.0\.11, not 10 or later\./);
  });

  test('nothing found: one message that says what to install, every candidate in the log', async () => {
    const result = await findDotnet(host({ DOTNET_ROOT: '/dn', PATH: '/usr/bin:/bin', dotnets: { '/usr/bin/dotnet': net8 } }));
    assert.ok('failure' in result);
    assert.equal(result.failure.message,
      'ClawDev needs the .NET 10 runtime to run its language server and found none (looked in 3 places, listed in the ClawDev output). '
      + 'Install the .NET 10 runtime (https://dotnet.microsoft.com/download/dotnet/10.0) or the .NET Install Tool extension, or set clawdev.dotnetPath.');
    assert.deepEqual(result.failure.tried, [
      '/dn/dotnet (from DOTNET_ROOT) does not exist',
      '/usr/bin/dotnet (from PATH) has .NET 8.0.11, not 10 or later',
      '/bin/dotnet (from PATH) does not exist',
    ]);
  });

  test('one candidate only: the message names it', async () => {
    const result = await findDotnet(host({ PATH: '/usr/bin', dotnets: { '/usr/bin/dotnet': new Error('spawn EACCES') } }));
    assert.ok('failure' in result);
    assert.match(result.failure.message, /found none \(\/usr\/bin\/dotnet \(from PATH\) could not run \(spawn EACCES\)\)\./);
  });

  test('an empty PATH and no DOTNET_ROOT: no candidates, still one clear message', async () => {
    const result = await findDotnet(host({ dotnets: {} }));
    assert.ok('failure' in result);
    assert.match(result.failure.message, /^ClawDev needs the \.NET 10 runtime to run its language server and found none\. Install/);
    assert.deepEqual(result.failure.tried, []);
  });
});
