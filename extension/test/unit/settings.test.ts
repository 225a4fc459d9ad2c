import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readClientSettings, resolvePathSetting, ServerSettingDefaults, toServerSettings, type SettingsSource } from '../../src/settings';

const context = { userHome: '/home/ada', workspaceFolder: '/work/peft' };

describe('path settings', () => {
  const cases: { value: unknown; resolved: string | undefined; context?: typeof context | { userHome: string } }[] = [
    { value: undefined, resolved: undefined },
    { value: '', resolved: undefined },
    { value: '   ', resolved: undefined },
    { value: 42, resolved: undefined },
    { value: '/usr/bin/dotnet', resolved: '/usr/bin/dotnet' },
    { value: '  /usr/bin/dotnet  ', resolved: '/usr/bin/dotnet' },
    { value: '/opt/dotnet/../dotnet-10/dotnet', resolved: '/opt/dotnet-10/dotnet' },
    { value: '~', resolved: '/home/ada' },
    { value: '~/.dotnet/dotnet', resolved: '/home/ada/.dotnet/dotnet' },
    { value: '${userHome}/.dotnet/dotnet', resolved: '/home/ada/.dotnet/dotnet' },
    { value: '${workspaceFolder}/artifacts/clawdev.dll', resolved: '/work/peft/artifacts/clawdev.dll' },
    { value: 'artifacts/clawdev.dll', resolved: '/work/peft/artifacts/clawdev.dll' },
    { value: 'artifacts/clawdev.dll', resolved: 'artifacts/clawdev.dll', context: { userHome: '/home/ada' } },
    { value: '${workspaceFolder}/x', resolved: '${workspaceFolder}/x', context: { userHome: '/home/ada' } },
  ];
  for (const { value, resolved, context: given } of cases) {
    test(`${JSON.stringify(value)} → ${JSON.stringify(resolved)}${given ? ' (no folder open)' : ''}`, () => {
      assert.equal(resolvePathSetting(value, given ?? context), resolved);
    });
  }
});

test('client settings come from server.path and dotnetPath', () => {
  const values: Record<string, unknown> = { 'server.path': '~/clawdev/clawdev.dll', dotnetPath: '', 'trace.server': 'verbose' };
  const source: SettingsSource = { get: <T>(key: string) => values[key] as T | undefined };
  assert.deepEqual(readClientSettings(source, context), { serverPath: '/home/ada/clawdev/clawdev.dll', dotnetPath: undefined });
});

describe('what the server gets', () => {
  test('client-only settings never reach the server', () => {
    const mapped = toServerSettings({
      server: { path: '/home/ada/secret/clawdev.dll' },
      dotnetPath: '/home/ada/.dotnet/dotnet',
      trace: { server: 'verbose' },
      workspaceDiagnostics: true,
    });
    assert.deepEqual(Object.keys(mapped).sort(), ['debounceMs', 'defaultSeverity', 'docstringStyle', 'exposureSeverity', 'github', 'ignore', 'pullRequest', 'select', 'severity', 'workspaceDiagnostics']);
    assert.doesNotMatch(JSON.stringify(mapped), /secret|\.dotnet|verbose/);
    assert.equal(mapped.workspaceDiagnostics, true);
  });

  test('no section at all: the defaults', () => {
    assert.deepEqual(toServerSettings(undefined), ServerSettingDefaults);
    assert.deepEqual(toServerSettings(null), ServerSettingDefaults);
    assert.deepEqual(toServerSettings(['not', 'an', 'object']), ServerSettingDefaults);
  });

  test('values are normalised the way users write them', () => {
    assert.deepEqual(toServerSettings({
      select: [' d1 ', 'D417', '', 'd1', 7, 'cd4'],
      ignore: ['d107'],
      severity: { ' d102': 'Error', d417: ' hint ', D100: '', cd401: 3 },
      defaultSeverity: 'Information',
      exposureSeverity: { ' Exported ': 'Warning', public: '' },
      docstringStyle: ' NumPy ',
      workspaceDiagnostics: false,
      debounceMs: 120.4,
      github: { apiUrl: 'https://ghe.example.com/api/v3///', upstream: ' https://github.com/huggingface/peft.git ' },
      pullRequest: { remote: ' fork ' },
    }), {
      select: ['D1', 'D417', 'CD4'],
      ignore: ['D107'],
      severity: { D102: 'error', D417: 'hint' },
      defaultSeverity: 'information',
      exposureSeverity: { rendered: 'warning', exported: 'warning', public: 'hint' },
      docstringStyle: 'numpy',
      workspaceDiagnostics: false,
      debounceMs: 120,
      github: { apiUrl: 'https://ghe.example.com/api/v3', upstream: 'https://github.com/huggingface/peft' },
      pullRequest: { remote: 'fork' },
    });
  });

  test('values of the wrong type fall back to the defaults', () => {
    assert.deepEqual(toServerSettings({
      select: 'D1',
      severity: ['D102'],
      defaultSeverity: 2,
      exposureSeverity: 'loud',
      docstringStyle: '  ',
      workspaceDiagnostics: 'yes',
      debounceMs: 'fast',
      github: { apiUrl: '', upstream: 42 },
      pullRequest: { remote: ['fork'] },
    }), ServerSettingDefaults);
  });

  test('the upstream is passed on in the form written, trimmed, without a trailing slash or .git', () => {
    const upstreamOf = (value: string) => toServerSettings({ github: { upstream: value } }).github.upstream;
    assert.equal(upstreamOf('huggingface/peft'), 'huggingface/peft');
    assert.equal(upstreamOf('git@github.com:huggingface/peft.git'), 'git@github.com:huggingface/peft');
    assert.equal(upstreamOf('https://ghe.example.com/ml/peft/'), 'https://ghe.example.com/ml/peft');
    assert.equal(upstreamOf('   '), '');
  });

  test('unknown words of the right type are passed on for the server to report', () => {
    const mapped = toServerSettings({ defaultSeverity: 'fatal', docstringStyle: 'epytext', severity: { D102: 'loud' } });
    assert.equal(mapped.defaultSeverity, 'fatal');
    assert.equal(mapped.docstringStyle, 'epytext');
    assert.deepEqual(mapped.severity, { D102: 'loud' });
  });
});
