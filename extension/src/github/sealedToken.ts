// Seals the GitHub token for the server: AES-256-GCM with the key this client made for the server process and
// passed in its environment (CLAWDEV_SESSION_KEY), so the token never appears in a protocol trace, only
// ciphertext. The format — base64 of nonce (12 bytes) | ciphertext | tag (16 bytes), with a fixed associated
// data — is the server's `SealedToken` (server/ClawDev.Server/Lsp/GitHubSession/SealedToken.cs).
import { createCipheriv, randomBytes } from 'node:crypto';

/** The environment variable the server reads the key from (base64). Never a command-line argument: process lists show those. */
export const SessionKeyVariable = 'CLAWDEV_SESSION_KEY';
export const SessionKeySize = 32;
export const NonceSize = 12;
export const TagSize = 16;
/** Binds a sealed value to its purpose and format version. */
export const AssociatedData = Buffer.from('clawdev/githubSession v1', 'utf8');

/** A fresh random 256-bit key, for one server process. */
export function createSessionKey(): Buffer {
  return randomBytes(SessionKeySize);
}

export function sealToken(key: Buffer, token: string): string {
  const nonce = randomBytes(NonceSize);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TagSize });
  cipher.setAAD(AssociatedData);
  const ciphertext = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]).toString('base64');
}
