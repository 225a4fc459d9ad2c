// Every command the manifest contributes, named once (the manifest test checks both lists agree).

export const Commands = {
  showDocumentationCoverage: 'clawdev.showDocumentationCoverage',
  refreshCoverage: 'clawdev.refreshCoverage',
  restartServer: 'clawdev.restartServer',
  showOutput: 'clawdev.showOutput',
  findFirstIssue: 'clawdev.findFirstIssue',
  findUpstreamIssue: 'clawdev.findUpstreamIssue',
  draftPullRequest: 'clawdev.draftPullRequest',
} as const;

/** Commands whose features come in a later version; until then they say so instead of doing nothing. */
export const LaterFeatures: readonly { command: string; title: string }[] = [
  { command: Commands.findFirstIssue, title: 'Find First Issue Here' },
  { command: Commands.findUpstreamIssue, title: 'Find Upstream Issue for Symbol' },
  { command: Commands.draftPullRequest, title: 'Draft Pull Request' },
];

export function laterFeatureMessage(title: string): string {
  return `ClawDev: "${title}" is not in this version yet. It comes with ClawDev's GitHub features `
    + '(upstream issues and pull requests) in a later release; the documentation checks and drafts work now.';
}
