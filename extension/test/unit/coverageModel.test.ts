import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { buildCoverageTree, describeNode, formatPercent, type CoverageNode } from '../../src/coverage/coverageModel';
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

describe('coverage tree snapshots', () => {
  const folder = path.join(fixturesFolder, 'coverage');
  for (const file of fs.readdirSync(folder).filter(name => name.endsWith('.json'))) {
    test(file, () => {
      const result = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as DocumentationCoverageResult;
      const { expected, actual } = matchesSnapshot(render(buildCoverageTree(result)), path.join(folder, file.replace(/\.json$/, '.tree.txt')));
      assert.equal(actual, expected);
    });
  }
});

test('package numbers are the sums of their modules', () => {
  const result = JSON.parse(fs.readFileSync(path.join(fixturesFolder, 'coverage', 'one-folder.json'), 'utf8')) as DocumentationCoverageResult;
  const check = (node: CoverageNode): void => {
    if (node.kind === 'package') {
      assert.equal(node.total, node.children.reduce((sum, child) => sum + child.total, 0), node.name);
      assert.equal(node.documented, node.children.reduce((sum, child) => sum + child.documented, 0), node.name);
    }
    node.children.forEach(check);
  };
  buildCoverageTree(result).forEach(check);
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
