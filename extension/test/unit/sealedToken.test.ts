// The token's sealing, in the format the server opens (server/ClawDev.Server/Lsp/GitHubSession/SealedToken.cs):
// checked by opening it here as the server does, and by the fixtures both test suites share.
import assert from 'node:assert/strict';
import { createDecipheriv } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { authProviderFor } from '../../src/github/authProvider';
import { AssociatedData, createSessionKey, NonceSize, sealToken, SessionKeySize, TagSize } from '../../src/github/sealedToken';
import { repositoryRoot } from './testPaths';

const fixtures = path.join(repositoryRoot, 'tests', 'fixtures', 'github-session');
/** The made-up token of the shared fixtures (SealedSessionFixture.MadeUpToken in the C# tests). */
const madeUpToken = 'gho_madeUpForClawDevTests0123456789abcdEF';

interface SealedFixture {
  key: string;
  token: string;
  sealed: string;
}

/** Opens a sealed value the way the server's SealedToken.Open does. */
function open(key: Buffer, sealed: string): string {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NonceSize), { authTagLength: TagSize });
  decipher.setAAD(AssociatedData);
  decipher.setAuthTag(bytes.subarray(bytes.length - TagSize));
  return Buffer.concat([decipher.update(bytes.subarray(NonceSize, bytes.length - TagSize)), decipher.final()]).toString('utf8');
}

function readFixture(name: string): SealedFixture {
  return JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8')) as SealedFixture;
}

describe('sealing the GitHub token', () => {
  test('a fresh key is 256 bits, and never the same twice', () => {
    const key = createSessionKey();
    assert.equal(key.length, SessionKeySize);
    assert.notDeepEqual(createSessionKey(), key);
  });

  for (const token of ['a', madeUpToken, 'tökén with ünïcode ✓']) {
    test(`round trip of ${JSON.stringify(token)}: nonce | ciphertext | tag`, () => {
      const key = createSessionKey();
      const sealed = sealToken(key, token);
      assert.equal(Buffer.from(sealed, 'base64').length, NonceSize + Buffer.byteLength(token, 'utf8') + TagSize);
      assert.equal(open(key, sealed), token);
      // A one-character token shows up in random bytes by chance; longer ones must never show.
      if (token.length > 8) {
        assert.ok(!sealed.includes(token) && !Buffer.from(sealed, 'base64').includes(Buffer.from(token, 'utf8')));
      }
    });
  }

  test('the same token sealed twice looks different (a fresh nonce each time)', () => {
    const key = createSessionKey();
    assert.notEqual(sealToken(key, madeUpToken), sealToken(key, madeUpToken));
  });

  test('another key does not open it', () => {
    assert.throws(() => open(createSessionKey(), sealToken(createSessionKey(), madeUpToken)), /authenticate/);
  });

  test('opens the value the C# tests sealed (tests/fixtures/github-session/sealed-by-dotnet.json)', () => {
    const fixture = readFixture('sealed-by-dotnet.json');
    assert.equal(fixture.token, madeUpToken);
    assert.equal(open(Buffer.from(fixture.key, 'base64'), fixture.sealed), fixture.token);
  });

  test('the value the server must open (sealed-by-typescript.json; CLAWDEV_UPDATE_SNAPSHOTS=1 seals it anew)', () => {
    if (process.env.CLAWDEV_UPDATE_SNAPSHOTS === '1') {
      const key = createSessionKey();
      const fresh: SealedFixture = { key: key.toString('base64'), token: madeUpToken, sealed: sealToken(key, madeUpToken) };
      fs.writeFileSync(path.join(fixtures, 'sealed-by-typescript.json'), `${JSON.stringify(fresh, null, 2)}\n`);
    }
    const fixture = readFixture('sealed-by-typescript.json');
    assert.equal(fixture.token, madeUpToken);
    assert.equal(open(Buffer.from(fixture.key, 'base64'), fixture.sealed), fixture.token);
  });
});

describe('which sign-in gives the token', () => {
  const cases: { apiUrl: string; id: string; enterpriseUri?: string }[] = [
    { apiUrl: 'https://api.github.com', id: 'github' },
    { apiUrl: 'https://ghe.example.com/api/v3', id: 'github-enterprise', enterpriseUri: 'https://ghe.example.com' },
    { apiUrl: 'https://api.octocat.ghe.com', id: 'github-enterprise', enterpriseUri: 'https://octocat.ghe.com' },
    { apiUrl: 'http://127.0.0.1:41234/api/v3', id: 'github-enterprise', enterpriseUri: 'http://127.0.0.1:41234' },
    { apiUrl: 'not a url', id: 'github' },
  ];
  for (const { apiUrl, id, enterpriseUri } of cases) {
    test(`${apiUrl} → ${id}${enterpriseUri ? ` (github-enterprise.uri ${enterpriseUri})` : ''}`, () => {
      const provider = authProviderFor(apiUrl);
      assert.equal(provider.id, id);
      assert.equal(provider.enterpriseUri, enterpriseUri);
      assert.deepEqual(provider.scopes, ['repo']);
    });
  }
});
