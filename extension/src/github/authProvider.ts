// Which VS Code authentication provider gives the token for the configured GitHub API, as VS Code itself
// decides: `github` for github.com, `github-enterprise` (which serves the `github-enterprise.uri` setting's
// host) for GitHub Enterprise Server and GHE.com. Pure, so it is tested without VS Code.

export interface GitHubAuthProvider {
  id: 'github' | 'github-enterprise';
  /** The scopes ClawDev asks for: `repo` to create issues, forks and pull requests. */
  scopes: readonly string[];
  /** For github-enterprise: the host's web address, which `github-enterprise.uri` must name. */
  enterpriseUri?: string;
}

const Scopes = ['repo'] as const;

export function authProviderFor(apiUrl: string): GitHubAuthProvider {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    return { id: 'github', scopes: Scopes };
  }
  if (url.hostname === 'api.github.com' || url.hostname === 'github.com') {
    return { id: 'github', scopes: Scopes };
  }
  return { id: 'github-enterprise', scopes: Scopes, enterpriseUri: enterpriseWebUri(url) };
}

/** GitHub Enterprise Server's API is `https://HOST/api/v3`, GHE.com's `https://api.NAME.ghe.com`: both → the host's page. */
function enterpriseWebUri(api: URL): string {
  const host = api.hostname.endsWith('.ghe.com') && api.hostname.startsWith('api.') ? api.host.slice('api.'.length) : api.host;
  return `${api.protocol}//${host}`;
}
