// The examples of the GitHub methods in tests/fixtures/protocol/github, which the C# tests read into the server's
// protocol types: the client's tests use the same answers the server's types are checked against.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot } from './testPaths';

export function protocolExample<T>(name: string): { params: unknown; result: T } {
  return JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'tests', 'fixtures', 'protocol', 'github', `${name}.json`), 'utf8')) as { params: unknown; result: T };
}
