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
