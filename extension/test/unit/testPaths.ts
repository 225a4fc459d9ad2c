// Where the sources are, seen from the compiled tests (extension/out/test/unit).
import * as fs from 'node:fs';
import * as path from 'node:path';

export const extensionFolder = path.resolve(__dirname, '..', '..', '..');
export const repositoryRoot = path.dirname(extensionFolder);
export const fixturesFolder = path.join(extensionFolder, 'test', 'unit', 'fixtures');

/**
 * Compares text with a committed snapshot; CLAWDEV_UPDATE_SNAPSHOTS=1 rewrites the snapshot instead (read the
 * diff before committing it).
 */
export function matchesSnapshot(actual: string, snapshotPath: string): { expected: string; actual: string } {
  if (process.env.CLAWDEV_UPDATE_SNAPSHOTS === '1') {
    fs.writeFileSync(snapshotPath, actual);
  }
  const expected = fs.existsSync(snapshotPath) ? fs.readFileSync(snapshotPath, 'utf8') : '(no snapshot yet)';
  return { expected, actual };
}
