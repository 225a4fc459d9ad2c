// "tracked by #N", "open PR #M touches this", "fixed upstream in #K": the answer of Find Upstream Issue for
// Symbol as plain QuickPick data.
import type { UpstreamMatch } from '../protocol';

export interface UpstreamMatchEntry {
  label: string;
  description: string;
  detail: string;
  match: UpstreamMatch;
}

export function upstreamMatchEntries(matches: readonly UpstreamMatch[]): UpstreamMatchEntry[] {
  return matches.map(match => ({
    label: matchHeadline(match),
    description: match.title,
    detail: `${match.state} · ${match.reason}`,
    match,
  }));
}

export function matchHeadline(match: UpstreamMatch): string {
  switch (match.kind) {
    case 'tracked':
      return `tracked by #${match.number}`;
    case 'openPullRequest':
      return `open PR #${match.number} touches this`;
    case 'fixed':
      return `fixed upstream in #${match.number}`;
  }
}
