// Builds the VSIXes: the universal one (framework-dependent server, run by a .NET 10 the extension finds) and one
// per platform (a self-contained, trimmed, ReadyToRun server the extension starts directly, no .NET needed).
//   node extension/scripts/package.mjs universal        → clawdev.vsix                  (npm run package)
//   node extension/scripts/package.mjs linux-x64 ...    → artifacts/vsix/clawdev-linux-x64.vsix
//   node extension/scripts/package.mjs all              → every platform and the universal one (npm run package:all)
// The runtime packs come from the NuGet registry through one `dotnet restore` at the start; when one cannot be
// restored the script stops there and names it. Nothing else is downloaded.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const project = 'server/ClawDev.Server';
const serverFolder = path.join(repository, 'server-bin');
const platformOutput = path.join(repository, 'artifacts', 'vsix');
/** VS Code target → .NET runtime identifier (the extension checks the same target names at start). */
const targets = JSON.parse(readFileSync(path.join(repository, 'extension', 'platform-targets.json'), 'utf8'));

const requested = process.argv.slice(2);
if (requested.length === 0) {
  fail(`name what to build: universal, all, or targets (${Object.keys(targets).join(', ')})`);
}
const platforms = requested.includes('all') ? Object.keys(targets) : requested.filter(name => name !== 'universal');
const universal = requested.includes('all') || requested.includes('universal');
for (const target of platforms) {
  if (!(target in targets)) {
    fail(`unknown target ${target} (known: universal, all, ${Object.keys(targets).join(', ')})`);
  }
}

const started = Date.now();
if (platforms.length > 0) {
  restoreRuntimePacks(platforms.map(target => targets[target]));
}
const built = [];
for (const target of platforms) {
  built.push(buildPlatformVsix(target));
}
if (universal) {
  built.push(buildUniversalVsix());
}
console.log(`\npackage: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const vsix of built) {
  console.log(`  ${path.relative(repository, vsix)}  ${(statSync(vsix).size / 1024 / 1024).toFixed(1)} MB`);
}

/** One restore for every runtime identifier: the runtime, apphost, crossgen2 and ILLink packs come from NuGet here, or nowhere. */
function restoreRuntimePacks(runtimeIdentifiers) {
  console.log(`package: restoring the .NET runtime packs for ${runtimeIdentifiers.join(', ')}`);
  // The quotes keep the list one value (an escaped %3B reaches the SDK as a single, unknown runtime identifier).
  const restore = run('dotnet', ['restore', project, `-p:RuntimeIdentifiers="${runtimeIdentifiers.join(';')}"`,
    '-p:ClawDevSelfContained=true', '--nologo'], { capture: true });
  if (restore.status !== 0) {
    // NuGet names a pack as "Microsoft.NETCore.App.Runtime.linux-x64." at the end of a sentence: the dot is not the name's.
    const packs = [...new Set((restore.output.match(/Microsoft\.(?:(?:NETCore|AspNetCore)\.App\.(?:Runtime|Host|Crossgen2)|NET\.ILLink\.Tasks)(?:\.[\w-]+)*/g) ?? []))];
    fail(`the .NET runtime packs could not be restored from the NuGet registry${packs.length > 0 ? ` (missing: ${packs.join(', ')})` : ''}.\n`
      + 'A platform VSIX carries the .NET runtime of its platform, taken from these packs; nothing is downloaded any other way.\n'
      + 'Make the NuGet registry reachable, or build only the targets whose packs are there '
      + `(node extension/scripts/package.mjs TARGET...; targets: ${Object.keys(targets).join(', ')}).\n\n${restore.output.trim()}`);
  }
}

function buildPlatformVsix(target) {
  const runtimeIdentifier = targets[target];
  console.log(`\npackage: ${target}: self-contained, trimmed, ReadyToRun server for ${runtimeIdentifier}`);
  rmSync(serverFolder, { recursive: true, force: true });
  // ClawDevSelfContained: self-contained, ReadyToRun, partially trimmed (ClawDev.Server.csproj says why).
  mustRun('dotnet', ['publish', project, '-c', 'Release', '-r', runtimeIdentifier, '-p:ClawDevSelfContained=true',
    '--no-restore', '-o', serverFolder, '--nologo'], `dotnet publish for ${runtimeIdentifier}`);
  const executable = runtimeIdentifier.startsWith('win-') ? 'clawdev.exe' : 'clawdev';
  statSync(path.join(serverFolder, executable));
  writeFileSync(path.join(serverFolder, 'clawdev-server.json'), `${JSON.stringify({ target, executable })}\n`);
  mkdirSync(platformOutput, { recursive: true });
  const vsix = path.join(platformOutput, `clawdev-${target}.vsix`);
  vscePackage(['--target', target, '--out', vsix]);
  return vsix;
}

function buildUniversalVsix() {
  console.log('\npackage: universal: framework-dependent server (needs the .NET 10 runtime)');
  rmSync(serverFolder, { recursive: true, force: true });
  mustRun('npm', ['run', 'build:server'], 'npm run build:server');
  const vsix = path.join(repository, 'clawdev.vsix');
  vscePackage(['--out', vsix]);
  return vsix;
}

function vscePackage(args) {
  mustRun('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository',
    '--readme-path', 'extension/README.md', ...args], 'vsce package');
}

function mustRun(command, args, what) {
  if (run(command, args).status !== 0) {
    fail(`${what} failed (see above)`);
  }
}

function run(command, args, { capture = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: repository,
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
  });
  if (result.error !== undefined) {
    fail(`${command} could not be started: ${result.error.message}`);
  }
  return { status: result.status, output: capture ? `${result.stdout}${result.stderr}` : '' };
}

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}
