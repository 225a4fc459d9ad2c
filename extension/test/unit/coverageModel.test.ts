import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { buildCoverageTree, describeNode, formatPercent, type CoverageFolder, type CoverageNode } from '../../src/coverage/coverageModel';
import type { DocumentationCoverageResult } from '../../src/protocol';
import { fixturesFolder, matchesSnapshot } from './testPaths';

/** One line per node: kind, label, description, and where a click goes. */
function render(nodes: readonly CoverageNode[], depth = 0): string {
  return nodes.map(node => {
    const target = node.range !== undefined
      ? ` → ${path.basename(node.uri!)}:${node.range.start.line + 1}:${node.range.start.character + 1}`
      : node.kind === 'module' ? ` → ${path.basename(node.uri!)}` : '';
    const line = `${'  '.repeat(depth)}${node.kind} ${node.label} (${node.name}) — ${describeNode(node)}${target}\n`;
    return line + render(node.children, depth + 1);
  }).join('');
}

/** A fixture: the workspace folders the client knows, and the server's answer. */
interface CoverageFixture {
  folders: CoverageFolder[];
  result: DocumentationCoverageResult;
}

function readFixture(file: string): CoverageFixture {
  return JSON.parse(fs.readFileSync(path.join(fixturesFolder, 'coverage', file), 'utf8')) as CoverageFixture;
}

describe('coverage tree snapshots', () => {
  const folder = path.join(fixturesFolder, 'coverage');
  for (const file of fs.readdirSync(folder).filter(name => name.endsWith('.json'))) {
    test(file, () => {
      const { folders, result } = readFixture(file);
      const { expected, actual } = matchesSnapshot(render(buildCoverageTree(result, folders)), path.join(folder, file.replace(/\.json$/, '.tree.txt')));
      assert.equal(actual, expected);
    });
  }
});

test('folder and package numbers are the sums of their modules, and add up to the server\'s total', () => {
  const { folders, result } = readFixture('one-folder.json');
  const check = (node: CoverageNode): void => {
    if (node.kind === 'package' || node.kind === 'folder') {
      assert.equal(node.total, node.children.reduce((sum, child) => sum + child.total, 0), node.name);
      assert.equal(node.documented, node.children.reduce((sum, child) => sum + child.documented, 0), node.name);
    }
    node.children.forEach(check);
  };
  const tree = buildCoverageTree(result, folders);
  tree.forEach(check);
  assert.equal(tree.reduce((sum, node) => sum + node.total, 0), result.total.total);
  assert.equal(tree.reduce((sum, node) => sum + node.documented, 0), result.total.documented);
});

test('the client\'s percentages agree with the server\'s', () => {
  for (const file of ['one-folder.json', 'multi-root-indexing.json']) {
    const { result } = readFixture(file);
    for (const module of result.modules.filter(m => m.total > 0)) {
      assert.equal(formatPercent(module.documented, module.total), `${module.percent.toFixed(1)}%`, module.module);
    }
  }
});

describe('percentages', () => {
  const cases: [number, number, string | undefined][] = [
    [0, 0, undefined],
    [0, 5, '0.0%'],
    [5, 5, '100.0%'],
    [1, 3, '33.3%'],
    [2, 3, '66.7%'],
    [1, 16, '6.3%'],
    [9999, 10000, '100.0%'],
    [1, 8, '12.5%'],
    [7, 10, '70.0%'],
  ];
  for (const [documented, total, expected] of cases) {
    test(`${documented} of ${total} → ${expected}`, () => {
      assert.equal(formatPercent(documented, total), expected);
    });
  }
});
