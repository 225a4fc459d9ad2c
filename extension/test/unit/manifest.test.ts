// The manifest (package.json) and the client must agree: settings, their defaults, commands, files.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { Commands } from '../../src/commandIds';
import { ProcessSettingKeys, ServerSettingDefaults } from '../../src/settings';
import { repositoryRoot } from './testPaths';

interface Manifest {
  engines: { vscode: string };
  icon: string;
  extensionKind: string[];
  activationEvents: string[];
  extensionDependencies?: string[];
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    configuration: { properties: Record<string, { default: unknown }> };
    viewsContainers: { activitybar: { icon: string }[] };
    views: Record<string, { id: string; icon?: string }[]>;
    walkthroughs: { steps: { media: { markdown?: string; image?: string } }[] }[];
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

/** Settings only the client reads; everything else in `clawdev.*` goes to the server. */
const clientOnly = [...ProcessSettingKeys, 'trace.server'];

/** Settings whose value is one object (a map), not a group of settings. */
const objectValued = ['severity', 'exposureSeverity'];

/** ServerSettingDefaults flattened to dotted keys, the way settings.json names them. */
function flatten(value: object, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'object' && entry !== null && !Array.isArray(entry) && !objectValued.includes(`${prefix}${key}`)) {
      Object.assign(flat, flatten(entry, `${prefix}${key}.`));
    } else {
      flat[`${prefix}${key}`] = entry;
    }
  }
  return flat;
}

test('every server setting is in the manifest with the same default', () => {
  for (const [key, value] of Object.entries(flatten(ServerSettingDefaults))) {
    assert.ok(`clawdev.${key}` in properties, `clawdev.${key} is missing from the manifest`);
    assert.deepEqual(properties[`clawdev.${key}`].default, value, `default of clawdev.${key}`);
  }
});

test('every manifest setting is either sent to the server or read by the client', () => {
  const serverKeys = Object.keys(flatten(ServerSettingDefaults));
  for (const name of Object.keys(properties)) {
    const key = name.replace(/^clawdev\./, '');
    assert.ok(serverKeys.includes(key) || clientOnly.includes(key), `${name} is used by nobody`);
  }
  for (const key of clientOnly) {
    assert.ok(`clawdev.${key}` in properties, `clawdev.${key} is missing from the manifest`);
  }
});

test('the manifest contributes exactly the commands the client registers, all in the ClawDev category', () => {
  const contributed = manifest.contributes.commands.map(command => command.command).sort();
  assert.deepEqual(contributed, Object.values(Commands).sort());
  for (const command of manifest.contributes.commands) {
    assert.equal(command.category, 'ClawDev', command.command);
  }
});

test('no command or walkthrough step says its feature is still to come', () => {
  const text = JSON.stringify(manifest.contributes);
  assert.doesNotMatch(text, /later (version|release)|not in this version|arrives? in a later/i);
});

test('activation on Python files and Python project files', () => {
  for (const event of ['onLanguage:python', 'workspaceContains:pyproject.toml', 'workspaceContains:setup.py', 'workspaceContains:setup.cfg']) {
    assert.ok(manifest.activationEvents.includes(event), event);
  }
});

test('runs where the workspace is, and depends on no other extension', () => {
  assert.deepEqual(manifest.extensionKind, ['workspace']);
  assert.equal(manifest.extensionDependencies, undefined);
});

test('@types/vscode is not newer than engines.vscode (vsce refuses to package otherwise)', () => {
  const engine = manifest.engines.vscode.replace(/^\^/, '').split('.').map(Number);
  const types = manifest.devDependencies['@types/vscode'].replace(/^[\^~]/, '').split('.').map(Number);
  assert.ok(types[0] < engine[0] || (types[0] === engine[0] && types[1] <= engine[1]), `${types.join('.')} > ${engine.join('.')}`);
  assert.ok(engine[0] === 1 && engine[1] >= 90, 'engines.vscode must allow 1.90');
});

test('every file the manifest names exists', () => {
  const files = [
    manifest.icon,
    ...manifest.contributes.viewsContainers.activitybar.map(container => container.icon),
    ...Object.values(manifest.contributes.views).flat().flatMap(view => view.icon ?? []),
    ...manifest.contributes.walkthroughs.flatMap(walkthrough => walkthrough.steps.flatMap(step => [step.media.markdown ?? [], step.media.image ?? []].flat())),
  ];
  for (const file of files) {
    assert.ok(fs.existsSync(path.join(repositoryRoot, file)), file);
  }
});
