import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRuntimes, parseRuntimeList, usableRuntime } from '../../src/dotnet/runtimeList';

test('parses `dotnet --list-runtimes` output, CRLF included', () => {
  const output = 'Microsoft.AspNetCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]\r\n'
    + 'Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\r\n'
    + 'Microsoft.WindowsDesktop.App 9.0.1 [C:\\Program Files\\dotnet\\shared\\Microsoft.WindowsDesktop.App]\r\n\r\n';
  assert.deepEqual(parseRuntimeList(output), [
    { framework: 'Microsoft.AspNetCore.App', version: '10.0.12', major: 10, preview: false },
    { framework: 'Microsoft.NETCore.App', version: '10.0.12', major: 10, preview: false },
    { framework: 'Microsoft.WindowsDesktop.App', version: '9.0.1', major: 9, preview: false },
  ]);
});

test('ignores lines that are not runtimes', () => {
  assert.deepEqual(parseRuntimeList('Welcome to .NET!\n---------------\nUsage: dotnet [options]\n'), []);
});

const choices: { listing: string; usable: string | undefined }[] = [
  { listing: 'Microsoft.NETCore.App 10.0.0 [/d]', usable: '10.0.0' },
  { listing: 'Microsoft.NETCore.App 8.0.11 [/d]\nMicrosoft.NETCore.App 9.0.4 [/d]', usable: undefined },
  { listing: 'Microsoft.AspNetCore.App 10.0.1 [/d]', usable: undefined },
  { listing: 'Microsoft.NETCore.App 10.0.0-rc.2.25502.107 [/d]', usable: undefined },
  { listing: 'Microsoft.NETCore.App 11.0.2 [/d]', usable: '11.0.2' },
  { listing: 'Microsoft.NETCore.App 12.0.0 [/d]\nMicrosoft.NETCore.App 10.0.5 [/d]\nMicrosoft.NETCore.App 11.0.0 [/d]', usable: '10.0.5' },
];
for (const { listing, usable } of choices) {
  test(`usable runtime of ${JSON.stringify(listing)} is ${usable ?? 'none'}`, () => {
    assert.equal(usableRuntime(parseRuntimeList(listing))?.version, usable);
  });
}

test('describes what a dotnet has instead', () => {
  assert.equal(describeRuntimes(parseRuntimeList('Microsoft.NETCore.App 8.0.11 [/d]\nMicrosoft.AspNetCore.App 8.0.11 [/d]\nMicrosoft.NETCore.App 9.0.4 [/d]')), '.NET 8.0.11, 9.0.4');
  assert.equal(describeRuntimes([]), 'no Microsoft.NETCore.App runtime');
});
