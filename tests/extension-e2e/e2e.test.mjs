// @ts-check
// End-to-end test of the ClawDev extension in a real VS Code: code-server (installed from npm) serves the
// workbench on 127.0.0.1, Debian's chromium driven by playwright-core uses it like a person would.
// Run it with tests/extension-e2e/run.sh, which installs the tools and builds the VSIX first.
//
// Environment (set by run.sh):
//   CLAWDEV_E2E_VSIX          the .vsix to install: the linux-x64 platform VSIX (its self-contained server runs with
//                             no .NET: code-server gets a PATH without dotnet and no DOTNET_ROOT)
//   CLAWDEV_E2E_NODE          Node 24, which code-server needs
//   CLAWDEV_E2E_CODE_SERVER   code-server's out/node/entry.js
//   CLAWDEV_E2E_CHROMIUM      the browser (default /usr/bin/chromium)
//   CLAWDEV_E2E_ARTIFACTS     where screenshots and logs go (default artifacts/extension-e2e)
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startGitHubLoopback } from './github-loopback.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '..', '..');
const vsix = requiredEnvironment('CLAWDEV_E2E_VSIX');
const node24 = requiredEnvironment('CLAWDEV_E2E_NODE');
const codeServerEntry = requiredEnvironment('CLAWDEV_E2E_CODE_SERVER');
const chromiumPath = process.env.CLAWDEV_E2E_CHROMIUM ?? '/usr/bin/chromium';
const artifacts = path.resolve(process.env.CLAWDEV_E2E_ARTIFACTS ?? path.join(repositoryRoot, 'artifacts', 'extension-e2e'));

/** The extension's id as `--install-extension` names its folder. */
const extensionId = 'clawdev.clawdev';
const undocumentedFunctionLine = 4;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clawdev-e2e-'));
const workspace = path.join(work, 'workspace');
const userData = path.join(work, 'user-data');
const extensions = path.join(work, 'extensions');
const textFile = path.join(workspace, 'tinylib', 'text.py');
/** The only programs on code-server's PATH (links to the machine's): no dotnet among them. */
const toolsOnPath = path.join(work, 'path');
const programsOnPath = ['git', 'sh', 'bash', 'ps', 'env', 'uname', 'cat', 'ls'];
const userSettingsFile = path.join(userData, 'User', 'settings.json');
const workspaceSettingsFile = path.join(workspace, '.vscode', 'settings.json');
/** A "server" that dies at once, as a broken build would. */
const crashingServer = path.join(work, 'crash-at-start.sh');
/** The upstream and the user's fork, as the fixtures of tests/fixtures/github name them. */
const upstreamRepository = 'octokit-fixture-org/hello-world';
const forkRepository = 'octokit-fixture-user-a/hello-world';
/** Local bare repositories behind the workspace's `upstream` and `fork` remotes. */
const bareUpstream = path.join(work, 'remotes', 'upstream.git');
const bareFork = path.join(work, 'remotes', 'fork.git');

/** Everything started, so `after` can stop it by id. */
const session = {
  /** @type {import('node:child_process').ChildProcess | undefined} */ codeServer: undefined,
  /** @type {import('playwright-core').Browser | undefined} */ browser: undefined,
  /** @type {import('playwright-core').Page | undefined} */ page: undefined,
  /** @type {Awaited<ReturnType<typeof startGitHubLoopback>> | undefined} */ github: undefined,
  /** The installed extension's server and its manifest. */
  serverExecutable: '',
  serverManifest: '',
};

before(async () => {
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  fs.cpSync(path.join(here, 'fixture'), workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeUserSettings();
  fs.writeFileSync(crashingServer, '#!/bin/sh\necho "crash-at-start.sh: simulated crash" >&2\nexit 3\n', { mode: 0o755 });
  fs.mkdirSync(toolsOnPath);
  for (const program of programsOnPath) {
    const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
    assert.ok(found, `${program} is on this machine`);
    fs.symlinkSync(found, path.join(toolsOnPath, program));
  }
  session.github = await startGitHubLoopback(path.join(repositoryRoot, 'tests', 'fixtures', 'github'));
  createGitRepositories(session.github.webUrl);
});

after(async () => {
  await session.browser?.close().catch(() => undefined);
  await stopProcessGroup(session.codeServer);
  await session.github?.close();
  // The logs (the ClawDev output channel among them) stay with the screenshots.
  const logs = path.join(userData, 'logs');
  if (fs.existsSync(logs)) {
    fs.cpSync(logs, path.join(artifacts, 'code-server-logs'), { recursive: true });
  }
  fs.rmSync(work, { recursive: true, force: true });
});

step('installs the linux-x64 VSIX with --install-extension: a self-contained server, executable', async () => {
  const install = spawnSync(node24, [
    codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix,
  ], { encoding: 'utf8', timeout: 120_000 });
  fs.writeFileSync(path.join(artifacts, 'install-extension.log'), `${install.stdout}\n${install.stderr}`);
  assert.equal(install.status, 0, `code-server --install-extension failed:\n${install.stdout}\n${install.stderr}`);
  const installed = fs.readdirSync(extensions).find(name => name.startsWith(`${extensionId}-`));
  assert.ok(installed, `no ${extensionId} folder in ${fs.readdirSync(extensions).join(', ')}`);
  const serverFolder = path.join(extensions, installed, 'server-bin');
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(serverFolder, 'clawdev-server.json'), 'utf8')), { target: 'linux-x64', executable: 'clawdev' });
  fs.accessSync(path.join(serverFolder, 'clawdev'), fs.constants.X_OK);
  // Self-contained: the .NET runtime itself is in the VSIX.
  assert.ok(fs.existsSync(path.join(serverFolder, 'libcoreclr.so')), 'the VSIX carries the .NET runtime');
  session.serverExecutable = path.join(serverFolder, 'clawdev');
  session.serverManifest = path.join(serverFolder, 'clawdev-server.json');
});

step('opens the fixture workspace in code-server', async () => {
  const port = await freePort();
  const log = fs.openSync(path.join(artifacts, 'code-server.log'), 'w');
  session.codeServer = spawn(node24, [
    codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--user-data-dir', userData, '--extensions-dir', extensions, workspace,
  ], {
    stdio: ['ignore', log, log],
    detached: true,
    env: codeServerEnvironment(),
  });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);

  session.browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await session.browser.newContext({
    viewport: { width: 1400, height: 900 },
    // Settings are changed the way a person does it: pasted into settings.json.
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  session.page = page;
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view').getByText('tinylib', { exact: true }).waitFor({ timeout: 60_000 });
});

step('the Problems panel shows the ClawDev diagnostic', async () => {
  const page = currentPage();
  await openFile(page, 'text.py');
  await page.keyboard.press('Control+Shift+M');
  const row = problemRow(page, 'D103');
  await row.waitFor({ timeout: 90_000 });
  const text = await row.innerText();
  assert.match(text, /Missing docstring in public function/);
  assert.match(text, /clawdev/);
  await screenshot(page, 'problems-panel');
});

step('the ClawDev output: the self-contained server started directly, and each server message is there once', async () => {
  // The server logs each workspace folder once at start, on stderr and as window/logMessage.
  const folderLine = `workspace folder ${workspace}`;
  await waitUntil(() => clawDevLog().includes(folderLine), 30_000, () => `no "${folderLine}" in the ClawDev output:\n${clawDevLog()}`);
  await new Promise(resolve => setTimeout(resolve, 2_000)); // a twin would arrive within milliseconds
  const output = clawDevLog();
  assert.match(output, new RegExp(`Starting the ClawDev server: ${escapeRegExp(session.serverExecutable)} lsp`));
  assert.doesNotMatch(output, /\.NET lookup|Using .*dotnet/, 'no .NET was looked for');
  const lines = output.split('\n').filter(line => line.includes(folderLine));
  assert.equal(lines.length, 1, `the server's message is in the output once:\n${lines.join('\n')}`);
  assert.doesNotMatch(lines[0], /\[clawdev info\]|\[Info +- /, 'at its level, without a second tag or time stamp');
});

step('the status bar shows documentation coverage', async () => {
  const page = currentPage();
  const item = page.locator('.statusbar-item').filter({ hasText: /\d+\.\d% documented/ });
  await item.waitFor({ timeout: 60_000 });
  // The fixture: the package and text.py's module docstring and whisper() are documented, shout() is not.
  assert.match(await item.innerText(), /75\.0% documented/);
  await screenshot(page, 'status-bar');
});

step('ClawDev commands run from the command palette', async () => {
  const page = currentPage();
  await runCommand(page, 'ClawDev: Show Documentation Coverage');
  // The view is the only one in ClawDev's activity-bar container, so the side bar's title names it.
  await page.locator('.sidebar .title-label').filter({ hasText: /ClawDev/i }).waitFor({ timeout: 30_000 });
});

step('the coverage view lists the module with its gap, and a click opens the gap', async () => {
  const page = currentPage();
  await runCommand(page, 'ClawDev: Show Documentation Coverage');
  const row = (label, description) => page.locator('.sidebar .monaco-list-row').filter({ hasText: label }).filter({ hasText: description });
  await page.locator('.sidebar').getByText('75.0% documented: 3 of 4 definitions.').waitFor({ timeout: 30_000 });
  await row('tinylib', '75.0% · 1 undocumented').click();
  await row('text', '66.7% · 1 undocumented').click();
  await row('shout', 'no docstring').click();
  // The editor selects the function's name: "shout" on the def line.
  await page.locator('.statusbar-item').filter({ hasText: `Ln ${undocumentedFunctionLine}, Col 10 (5 selected)` }).waitFor({ timeout: 15_000 });
  await screenshot(page, 'coverage-view');
});

/**
 * Bad settings, a damaged installation and a crashing server: each gives one clear message that says what to
 * install or fix, and undoing it brings the server back.
 */
const badStarts = [
  {
    name: 'a broken clawdev.server.path',
    cause: page => editWorkspaceSettings(page, { 'clawdev.server.path': '/nonexistent/clawdev.dll' }),
    message: /clawdev\.server\.path is set to "\/nonexistent\/clawdev\.dll", which does not exist/,
    undo: page => editWorkspaceSettings(page, {}),
  },
  {
    name: 'a server binary that lost its execute permission',
    cause: page => restartWith(page, () => fs.chmodSync(session.serverExecutable, 0o644)),
    message: /The ClawDev server \S+\/server-bin\/clawdev is not executable .* Reinstall the ClawDev extension for linux-x64 \(clawdev-linux-x64\.vsix\)/,
    undo: page => restartWith(page, () => fs.chmodSync(session.serverExecutable, 0o755)),
  },
  {
    name: 'a platform VSIX on another platform',
    cause: page => restartWith(page, () => fs.writeFileSync(session.serverManifest, JSON.stringify({ target: 'win32-arm64', executable: 'clawdev' }))),
    message: /This ClawDev extension was built for win32-arm64, but VS Code runs on linux-x64 here\. Install the ClawDev VSIX for linux-x64/,
    undo: page => restartWith(page, () => fs.writeFileSync(session.serverManifest, JSON.stringify({ target: 'linux-x64', executable: 'clawdev' }))),
  },
  {
    name: 'a server that crashes at start (restarted 3 times, then left stopped)',
    cause: page => editWorkspaceSettings(page, { 'clawdev.server.path': crashingServer }),
    message: /The ClawDev server stopped 4 times within 3 minutes and was not started again\. .*Reinstall the server clawdev\.server\.path names/,
    undo: page => editWorkspaceSettings(page, {}),
  },
];
for (const { name, cause, message, undo } of badStarts) {
  step(`${name} gives one clear message, and undoing it brings the server back`, async () => {
    const page = currentPage();
    await cause(page);
    await expectOneNotification(page, message, `bad-start-${slug(name)}`);
    await runCommand(page, 'Notifications: Clear All Notifications');
    await undo(page);
    await problemRow(page, 'D103').waitFor({ timeout: 60_000 });
  });
}

step('Ctrl+. drafts a docstring, the file gets it and the diagnostic goes away', async () => {
  const page = currentPage();
  await openFile(page, 'text.py');
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${undocumentedFunctionLine}:5`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget .monaco-list-row');
  const nothingOffered = page.locator('.monaco-editor-overlaymessage').filter({ hasText: /No code actions/i });
  await menu.first().or(nothingOffered).waitFor({ timeout: 30_000 });
  await screenshot(page, 'quick-fix');
  const fix = menu.filter({ hasText: /docstring/i }).first();
  assert.ok(await fix.count() > 0, `no docstring quick fix on the D103 diagnostic (offered: ${(await menu.allInnerTexts()).join(', ') || 'nothing'}); `
    + 'the server has to answer textDocument/codeAction for it');
  await fix.click();
  await page.keyboard.press('Control+S');

  await waitUntil(() => /def shout\(text: str, times: int = 1\) -> str:\n\s+"""/.test(fs.readFileSync(textFile, 'utf8')), 30_000,
    () => `the file did not get a docstring:\n${fs.readFileSync(textFile, 'utf8')}`);
  await problemRow(page, 'D103').waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('.statusbar-item').filter({ hasText: '100.0% documented' }).waitFor({ timeout: 30_000 });
  await screenshot(page, 'after-quick-fix');
});

/** The workspace settings of the GitHub steps: the loopback API, the fixture upstream, the fork's remote. */
function githubSettings() {
  return {
    'clawdev.github.apiUrl': session.github?.apiUrl,
    'clawdev.github.upstream': upstreamRepository,
    'clawdev.pullRequest.remote': 'fork',
  };
}

step('Find First Issue Here offline: leads with what to do, the whole reason, Retry and Show Output, details in the output', async () => {
  const page = currentPage();
  const closedPort = await freePort();
  await editWorkspaceSettings(page, { ...githubSettings(), 'clawdev.github.apiUrl': `http://127.0.0.1:${closedPort}/api/v3` });
  await openFile(page, 'text.py');
  await runCommand(page, 'ClawDev: Find First Issue Here');
  const toast = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'Check your network connection' });
  await toast.waitFor({ timeout: 90_000 });
  await screenshot(page, 'find-first-issue-offline');
  const text = await toast.locator('.notification-list-item-message').innerText();
  assert.match(text, /^ClawDev: Check your network connection, then Retry\. Could not list the labels of octokit-fixture-org\/hello-world: GitHub cannot be reached/);
  assert.ok(await toast.getByRole('button', { name: 'Retry' }).isVisible(), 'a Retry button');
  await toast.getByRole('button', { name: 'Show Output' }).click();
  await page.locator('.panel .output-view, .panel [id="workbench.panel.output"]').first().waitFor({ timeout: 15_000 });
  await waitUntil(() => /\[warning\] GitHub problem \(offline\): Could not list the labels of octokit-fixture-org\/hello-world: GitHub cannot be reached/.test(clawDevLog()), 15_000,
    () => `the details are not in the ClawDev output:\n${clawDevLog()}`);
  await screenshot(page, 'find-first-issue-offline-output');
  await runCommand(page, 'Notifications: Clear All Notifications');
  // Back to the editor, as the steps after this one expect (Show Output gave the panel the focus).
  await page.locator('.monaco-editor .view-lines').first().click();
});

step('Find First Issue Here lists the ranked fixture issue with its reason, and the claimed one marked claimed', async () => {
  const page = currentPage();
  await editWorkspaceSettings(page, githubSettings());
  await openFile(page, 'text.py');
  await runCommand(page, 'ClawDev: Find First Issue Here');
  const rows = page.locator('.quick-input-list .monaco-list-row');
  const rankedTitle = '#12 Document shout() in tinylib/text.py';
  const ranked = rows.filter({ hasText: rankedTitle });
  await ranked.waitFor({ timeout: 90_000 });
  const issueRows = (await rows.allInnerTexts()).filter(text => /#\d+ /.test(text));
  assert.ok(issueRows[0]?.includes(rankedTitle), `the issue naming the open file ranks first:\n${issueRows.join('\n---\n')}`);
  const rankedText = await ranked.innerText();
  assert.match(rankedText, /good first issue/);
  // Besides its title, the row says why it ranked: the file the user has open.
  assert.match(rankedText.replace(rankedTitle, ''), /text\.py/);
  assert.match(await rows.filter({ hasText: '#13 ' }).innerText(), /claimed by @octokit-fixture-user-a on \d{4}-\d{2}-\d{2}/);
  await screenshot(page, 'find-first-issue');
  await page.keyboard.press('Escape');
});

step('Draft Pull Request shows the exact target and, confirmed, pushes to the fork and ends with the compare page', async () => {
  const page = currentPage();
  // The docstring the quick fix drafted is the documentation change; a local edit of pyproject.toml is unrelated.
  // Where nothing in the repository described shout, the draft holds TODO placeholders, which block a pull request:
  // the user writes them first.
  fs.writeFileSync(textFile, fs.readFileSync(textFile, 'utf8').replace(/TODO: [^\n]*/g, 'Written by the contributor.'));
  fs.appendFileSync(path.join(workspace, 'pyproject.toml'), '\n# a local note, not for upstream\n');
  await runCommand(page, 'ClawDev: Draft Pull Request');

  const unrelated = page.locator('.quick-input-widget').filter({ hasText: /other changes in the working tree/ });
  await unrelated.locator('.monaco-list-row').filter({ hasText: 'pyproject.toml' }).waitFor({ timeout: 90_000 });
  await screenshot(page, 'draft-pull-request-unrelated');
  await page.keyboard.press('Enter'); // nothing checked: it stays out

  // The plan opens as a review page; its buttons come after the whole plan, and no dialog covers it.
  const review = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  const create = review.getByRole('button', { name: 'Create Draft Pull Request' });
  await create.waitFor({ timeout: 60_000 });
  const plan = await review.locator('body').innerText();
  assert.match(plan, /Target: octokit-fixture-org\/hello-world:main ← octokit-fixture-user-a\/hello-world:\S+/);
  assert.match(plan, /tinylib\/text\.py\s+\+\d+\s+−0\s+documentation/);
  assert.doesNotMatch(plan, /pyproject\.toml\s+\+\d+\s+−\d+\s+(documentation|code)/, 'only the documentation change goes in');
  assert.ok(plan.indexOf('Description') < plan.indexOf('Nothing has been sent yet'), 'the question follows the description');
  assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no modal dialog covers the plan');
  await create.scrollIntoViewIfNeeded();
  await screenshot(page, 'draft-pull-request-review');
  await create.click();

  // Opening the pull request needs a GitHub session: VS Code asks to sign in; the user declines, so the local
  // steps and the push happen and the compare page is offered instead.
  const signIn = page.locator('.monaco-dialog-box').filter({ hasText: /wants to sign in/ });
  await signIn.waitFor({ timeout: 60_000 });
  await screenshot(page, 'draft-pull-request-sign-in');
  await signIn.getByRole('button', { name: 'Cancel' }).click();

  const done = page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'Open Compare Page' });
  await done.waitFor({ timeout: 120_000 });
  await screenshot(page, 'draft-pull-request-done');
  const compareUrl = await externalUrlOpenedBy(page, () => done.getByRole('button', { name: 'Open Compare Page' }).click());
  const github = session.github;
  assert.ok(github);
  // code-server opens an address on this machine through its own port forwarding (/proxy/PORT/…), so the page
  // the browser shows is checked by what the loopback server was asked for.
  const compare = new URL(compareUrl);
  assert.equal(compare.searchParams.get('expand'), '1');
  const served = github.requests.find(request => request.method === 'GET' && request.path.includes('/compare/'));
  assert.ok(served, `the loopback GitHub served the compare page (${compareUrl})`);
  assert.match(decodeURIComponent(served.path), /^\/octokit-fixture-org\/hello-world\/compare\/main\.\.\.octokit-fixture-user-a:(.+)$/);
  assert.ok(compare.pathname.endsWith(served.path), `${compareUrl} is the page served at ${served.path}`);

  const branch = decodeURIComponent(served.path).split('octokit-fixture-user-a:')[1];
  assert.ok(git(['ls-remote', '--heads', bareFork]).includes(`refs/heads/${branch}`), `the fork has ${branch}`);
  assert.ok(!git(['ls-remote', '--heads', bareUpstream]).includes(branch), 'nothing was pushed to the upstream');
  assert.ok(!github.requests.some(request => request.method === 'POST'), 'without a token no pull request is created through the API');
  assert.match(fs.readFileSync(path.join(workspace, 'pyproject.toml'), 'utf8'), /a local note, not for upstream/, 'the unrelated change is still in the working tree');
});

// ---- helpers ------------------------------------------------------------------------------------------

/**
 * code-server's environment: no dotnet on PATH and no DOTNET_ROOT (the platform VSIX needs no .NET), and the
 * ClawDev server's GitHub cache in the test's folder, not the machine's ~/.cache.
 */
function codeServerEnvironment() {
  const environment = { ...process.env, PATH: toolsOnPath, CLAWDEV_CACHE_DIR: path.join(work, 'github-cache') };
  delete environment.DOTNET_ROOT;
  assert.ok(!fs.existsSync(path.join(toolsOnPath, 'dotnet')), 'no dotnet on PATH');
  return environment;
}

/** The ClawDev output channel's log file, as code-server wrote it so far. */
function clawDevLog() {
  const logs = path.join(userData, 'logs');
  const files = fs.existsSync(logs) ? fs.readdirSync(logs, { recursive: true }).map(String).filter(name => path.basename(name) === 'ClawDev.log') : [];
  return files.map(name => fs.readFileSync(path.join(logs, name), 'utf8')).join('\n');
}

/** Changes the installed extension's files, then restarts the server as a person would (ClawDev: Restart Server). */
async function restartWith(page, change) {
  change();
  await runCommand(page, 'ClawDev: Restart Server');
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The user settings.json, written before code-server starts. */
function writeUserSettings() {
  fs.writeFileSync(userSettingsFile, JSON.stringify({
    // Restricted Mode would keep extensions off.
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'clawdev.trace.server': 'messages',
  }, null, 2));
}

/**
 * Changes the workspace settings in the running workbench, as a person would: opens .vscode/settings.json,
 * replaces its text, saves and closes it. (`clawdev.server.path` is machine-overridable: a remote window such
 * as code-server's ignores it in user settings.)
 * @param {import('playwright-core').Page} page
 */
async function editWorkspaceSettings(page, settings) {
  const text = JSON.stringify(settings, null, 2);
  await runCommand(page, 'Preferences: Open Workspace Settings (JSON)');
  // Recent VS Code opens it in a modal editor, older ones in a tab; either way it has the focus.
  await page.getByText('settings.json', { exact: true }).first().waitFor({ timeout: 15_000 });
  await page.locator('.monaco-editor.focused').waitFor({ timeout: 15_000 });
  await page.evaluate(content => navigator.clipboard.writeText(content), text);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Control+S');
  await waitUntil(() => fs.existsSync(workspaceSettingsFile) && fs.readFileSync(workspaceSettingsFile, 'utf8') === text, 15_000,
    () => `.vscode/settings.json was not saved as expected`);
  await page.keyboard.press('Control+W');
}

/**
 * Waits for a notification matching `message` (and takes a screenshot of it), gives the extension time to
 * (wrongly) add more, then checks in the notification center that exactly one ClawDev message was shown.
 * @param {import('playwright-core').Page} page
 */
async function expectOneNotification(page, message, screenshotName) {
  await page.locator('.notifications-toasts').getByText(message).waitFor({ timeout: 60_000 });
  await new Promise(resolve => setTimeout(resolve, 1_000)); // the toast slides in
  await screenshot(page, screenshotName);
  await new Promise(resolve => setTimeout(resolve, 5_000));
  await runCommand(page, 'Notifications: Show Notifications');
  const items = page.locator('.notifications-center .notification-list-item');
  await items.first().waitFor({ timeout: 15_000 });
  const texts = await items.allInnerTexts();
  const fromClawDev = texts.filter(text => /ClawDev|clawdev/.test(text));
  assert.equal(fromClawDev.length, 1, `expected one ClawDev notification, got:\n${fromClawDev.join('\n---\n')}`);
  assert.match(fromClawDev[0], message);
  await page.keyboard.press('Escape');
}

/**
 * The workspace as a clone of the user's fork: a git repository whose `upstream` and `fork` remotes name the
 * loopback server's repositories (as a GitHub Enterprise host) and are rewritten by git (`url.<bare>.insteadOf`)
 * to local bare repositories, so pushes really happen and nothing leaves the machine.
 */
function createGitRepositories(webUrl) {
  const remotes = { upstream: [upstreamRepository, bareUpstream], fork: [forkRepository, bareFork] };
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.name', 'Ada Lovelace']);
  git(['config', 'user.email', 'ada@example.com']);
  fs.appendFileSync(path.join(workspace, '.git', 'info', 'exclude'), '.vscode/\n');
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'tinylib: text helpers']);
  for (const [name, [repository, bare]] of Object.entries(remotes)) {
    git(['init', '-q', '--bare', '-b', 'main', bare], work);
    const url = `${webUrl}/${repository}.git`;
    git(['remote', 'add', name, url]);
    git(['config', `url.file://${bare}.insteadOf`, url]);
    git(['push', '-q', name, 'main']);
    git(['fetch', '-q', name]);
  }
}

/** Runs git in the workspace (or `cwd`); its output, or an error with its stderr. */
function git(args, cwd = workspace) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/**
 * Clicks something that opens an external page and returns the page's address: the browser opens it in a new
 * tab (after VS Code's "Open External Website?" question, for a host it does not trust).
 * @param {import('playwright-core').Page} page
 */
async function externalUrlOpenedBy(page, click) {
  const opened = page.context().waitForEvent('page', { timeout: 30_000 });
  opened.catch(() => undefined);
  await click();
  const question = page.locator('.monaco-dialog-box').filter({ hasText: /external website/i });
  const first = await Promise.race([
    opened.then(() => 'tab'),
    question.waitFor({ timeout: 30_000 }).then(() => 'question', () => 'tab'),
  ]);
  if (first === 'question') {
    await question.getByRole('button', { name: 'Open', exact: true }).click();
  }
  const tab = await opened;
  await tab.waitForURL(url => url.protocol.startsWith('http'), { timeout: 15_000 });
  const url = tab.url();
  await tab.close();
  return url;
}

/** A test whose failure leaves a screenshot of the page in the artifacts folder. */
function step(name, body) {
  test(name, async () => {
    try {
      await body();
    } catch (error) {
      if (session.page !== undefined) {
        await screenshot(session.page, `failed-${slug(name)}`).catch(() => undefined);
      }
      throw error;
    }
  });
}

/** "A broken X!" → "a-broken-x-": a file name for a step's screenshot. */
function slug(text) {
  return text.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

function currentPage() {
  assert.ok(session.page, 'the workbench did not open (see the step before)');
  return session.page;
}

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

/** @param {import('playwright-core').Page} page */
function problemRow(page, code) {
  return page.locator('.markers-panel .monaco-list-row').filter({ hasText: code });
}

/** @param {import('playwright-core').Page} page */
async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active').filter({ hasText: name }).waitFor({ timeout: 15_000 });
  await page.locator('.monaco-editor .view-lines').first().click();
}

/** @param {import('playwright-core').Page} page */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

function requiredEnvironment(name) {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set: run the test with tests/extension-e2e/run.sh`);
  }
  return value;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  await waitUntil(async () => {
    try {
      return (await fetch(url)).ok;
    } catch {
      return false;
    }
  }, timeoutMs, () => `${url} did not answer (see code-server.log)`);
}

async function waitUntil(condition, timeoutMs, describe) {
  const deadline = Date.now() + timeoutMs;
  while (!await condition()) {
    if (Date.now() > deadline) {
      throw new Error(describe());
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

/**
 * Stops a process started with `detached: true` and everything it started (the extension host, the ClawDev
 * server), by its process group id: SIGTERM, then SIGKILL after five seconds.
 * @param {import('node:child_process').ChildProcess | undefined} child
 */
async function stopProcessGroup(child) {
  if (child?.pid === undefined || child.exitCode !== null) {
    return;
  }
  const exited = new Promise(resolve => child.once('exit', resolve));
  signalGroup(child.pid, 'SIGTERM');
  const timeout = new Promise(resolve => setTimeout(() => resolve('timeout'), 5_000));
  if (await Promise.race([exited, timeout]) === 'timeout') {
    signalGroup(child.pid, 'SIGKILL');
    await exited;
  }
  // Children that outlived the group leader still share its group id.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(groupId, signal) {
  try {
    process.kill(-groupId, signal);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ESRCH') {
      throw error;
    }
  }
}
