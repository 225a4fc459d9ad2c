// ClawDev's custom LSP methods, declared once on the client side (the server declares them once in C#).
// Method names follow `clawdev/<verb><Noun>`. Positions and ranges are LSP ones (0-based, in the position
// encoding agreed at initialize).
import { NotificationType, NotificationType0, RequestType } from 'vscode-languageclient';
import type { Position, Range } from 'vscode-languageclient';

/** Parameters of `clawdev/documentationCoverage`. */
export interface DocumentationCoverageParams {
  /** A workspace folder, a directory or a Python file (`file:` URI) to limit the answer to; absent = every folder. */
  uri?: string;
}

/** Counts with interrogate's semantics, as `clawdev scan` reports them. */
export interface CoverageTotals {
  /** Definitions (and modules) that count. */
  total: number;
  /** How many of those have a docstring. */
  documented: number;
  /** documented / total in percent, rounded to one decimal as `clawdev scan` does. */
  percent: number;
}

/** One definition that counts towards coverage and has no docstring. */
export interface MissingDocumentation {
  /** Qualified name inside its module ("Trainer.train"); the dotted module name for the module itself. */
  symbol: string;
  /** 0-based line of its name. */
  line: number;
  /** Its name (the start of the file for the module). */
  range: Range;
  /** On the project's documentation pages, in its package's exports, or neither; the server lists the most exposed first. */
  exposure: 'rendered' | 'exported' | 'public';
}

/** Coverage of one Python file. */
export interface ModuleCoverage extends CoverageTotals {
  /** The file (`file:` URI). */
  uri: string;
  /** The file's path relative to its workspace folder, with "/" separators. */
  path: string;
  /** Dotted module name ("transformers.models.bert.modeling_bert"; "pkg" for `pkg/__init__.py`). */
  module: string;
  /** Why the whole file does not count (e.g. "ignore-init-module"); absent when it counts. */
  excludedBecause?: string;
  /** The undocumented definitions, in file order. */
  missing: MissingDocumentation[];
}

/** Answer of `clawdev/documentationCoverage`. */
export interface DocumentationCoverageResult {
  /** False while the workspace is still being indexed: the numbers then cover the files indexed so far. */
  complete: boolean;
  total: CoverageTotals;
  /** Every indexed Python file, ordered by URI. */
  modules: ModuleCoverage[];
}

/** Client → server request: documentation coverage of every workspace folder, per module. */
export const DocumentationCoverageRequest = new RequestType<DocumentationCoverageParams, DocumentationCoverageResult, void>(
  'clawdev/documentationCoverage',
);

/** Server → client notification (no parameters): coverage changed, ask again (sent after indexing and edits). */
export const RefreshDocumentationCoverageNotification = new NotificationType0('clawdev/refreshDocumentationCoverage');

// ---- GitHub: upstream issues, pull requests, the session hand-off -------------------------------------------

/** The upstream repository an answer is about, and how it was found. */
export interface UpstreamRepository {
  /** "owner/repo". */
  fullName: string;
  /** Its web page. */
  webUrl: string;
  /** How it was found: "remote 'upstream'", "setting clawdev.github.upstream", "parent of fork you/repo". */
  source: string;
}

/** What the client can offer with a problem: sign in (again), or set `clawdev.github.upstream`. */
export type GitHubProblemAction = 'signIn' | 'setUpstream';

/** Why an answer is incomplete or empty (rate limit, signed out, offline, unknown repository). */
export interface GitHubProblem {
  /** A sentence to show as it is. */
  message: string;
  action?: GitHubProblemAction;
  /** ISO 8601: when asking again can succeed. */
  retryAfter?: string;
  /** What went wrong: offline, timeout, rateLimited, unauthorized, noPermission, notFound, noUpstream, gitHubError. */
  kind?: string;
}

/** What every answer that talks to GitHub carries besides its items. */
export interface GitHubAnswer {
  /** Absent when no upstream was found (`problem` says why). */
  upstream?: UpstreamRepository;
  /** Fetched with the user's token (false: the lower unauthenticated limit). */
  authenticated: boolean;
  /** What the user should know ("cached 3 h ago", "unauthenticated: 60 requests an hour"). */
  notes: string[];
  problem?: GitHubProblem;
}

export interface Location {
  uri: string;
  range: Range;
}

/** Parameters of `clawdev/findFirstIssues`: the open file and cursor, which ranking prefers. */
export interface FindFirstIssuesParams {
  uri?: string;
  position?: Position;
}

export interface IssueClaim {
  /** GitHub login, when known. */
  by?: string;
  /** ISO 8601. */
  since: string;
  /** "assigned", "linked pull request #21", "comment: I'd like to work on this". */
  reason: string;
}

export interface FirstIssue {
  number: number;
  title: string;
  /** The issue's web page. */
  url: string;
  labels: string[];
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
  comments: number;
  claimed?: IssueClaim;
  /** Why it ranked where it did. */
  reasons: string[];
}

/** An entry of the repository's own docstring ignore-list or baseline: "document this and delete its line". */
export interface MicroTask {
  object: string;
  /** The list's line (0-based) that names it. */
  source: { uri: string; line: number };
  definedAt?: Location;
  /** What to do, for the user. */
  action: string;
}

export interface FindFirstIssuesResult extends GitHubAnswer {
  /** Set when the items come from the cache: their age. */
  cachedAgeSeconds?: number;
  /** Ranked, best first; claimed ones are marked, not left out. */
  items: FirstIssue[];
  microTasks: MicroTask[];
}

export const FindFirstIssuesRequest = new RequestType<FindFirstIssuesParams, FindFirstIssuesResult, void>('clawdev/findFirstIssues');

export interface StartWorkingOnIssueParams {
  uri: string;
  number: number;
  title: string;
}

export interface StartWorkingOnIssueResult {
  /** The branch created and checked out ("docs/issue-123-short-title"). */
  branch: string;
  /** What it was created from ("upstream/main"). */
  base: string;
  message: string;
}

export const StartWorkingOnIssueRequest = new RequestType<StartWorkingOnIssueParams, StartWorkingOnIssueResult, void>('clawdev/startWorkingOnIssue');

/** The symbol is named (a code action passes it) or taken at `position` (the palette: the definition at the cursor). */
export interface SymbolParams {
  uri: string;
  /** Qualified name ("Trainer.train"). */
  symbol?: string;
  position?: Position;
}

export type UpstreamMatchKind = 'tracked' | 'openPullRequest' | 'fixed';

export interface UpstreamMatch {
  number: number;
  title: string;
  url: string;
  kind: UpstreamMatchKind;
  /** "open", "closed", "merged". */
  state: string;
  /** Why it matched. */
  reason: string;
}

export interface FindUpstreamIssuesResult extends GitHubAnswer {
  /** The qualified name searched for (the one at the cursor when none was given). */
  symbol: string;
  matches: UpstreamMatch[];
}

export const FindUpstreamIssuesRequest = new RequestType<SymbolParams, FindUpstreamIssuesResult, void>('clawdev/findUpstreamIssues');

export interface DraftIssueResult {
  title: string;
  /** Markdown, from the repository's issue template. */
  body: string;
  labels: string[];
  /** The template file used, when the repository has one. */
  template?: string;
  /** GitHub's new-issue page, prefilled (for use without a token). */
  newIssueUrl: string;
  /** Whether `clawdev/createIssue` can send it (a token is at hand). */
  canCreate: boolean;
}

export const DraftIssueRequest = new RequestType<SymbolParams, DraftIssueResult, void>('clawdev/draftIssue');

export interface CreateIssueParams {
  uri: string;
  title: string;
  body: string;
  labels: string[];
}

export interface CreateIssueResult {
  number: number;
  url: string;
}

/** A failure is a ResponseError whose message is for the user. */
export const CreateIssueRequest = new RequestType<CreateIssueParams, CreateIssueResult, void>('clawdev/createIssue');

export interface DraftPullRequestParams {
  uri?: string;
  /** The issue the work is for ("Fixes #N"); absent: taken from the branch name when it names one. */
  issue?: number;
  /** false: only the plan; true: carry it out. */
  execute: boolean;
  /** With execute: the plan the user confirmed. */
  planId?: string;
  /** Unrelated changed files the user chose to include (relative paths). */
  include?: string[];
  /** One of the plan's templates. */
  templateChoice?: string;
  /** The answer to the AI-use question (asked when the plan has `aiDisclosure`): absent = not asked, '' = no AI
   *  tools were used, text = how they helped (as `clawdev pr --ai-assisted HOW`). */
  aiAssistance?: string;
  /** With execute: a work-done progress token the server reports the steps on ($/progress). */
  workDoneToken?: string;
}

export type ChecklistStatus = 'pass' | 'advisory' | 'blocking';

export interface PullRequestPlan {
  planId: string;
  /** "owner/repo:main ← you/fork:branch". */
  target: string;
  branch: string;
  title: string;
  body: string;
  commitMessage: string;
  files: { path: string; added: number; removed: number; documentation: boolean }[];
  /** Changed files left out unless the user includes them. */
  unrelated: { path: string; added: number; removed: number }[];
  templates: string[];
  checklist: { rule: string; status: ChecklistStatus; reason: string; source?: string }[];
  /** A blocking check failed: the plan cannot be carried out. */
  blocked: boolean;
  /** An offer to bundle other small documentation fixes, for the user. */
  bundle?: string;
  /** What the user should know before confirming (earlier commits that go along, unanswered GitHub questions). */
  notes?: string[];
  /** True when the repository asks for an AI-use statement (CONTRIBUTING.md or the template): ask the user. */
  aiDisclosure?: boolean;
}

export interface PullRequestExecution {
  /** Every step tried, in order; a failed one is the last. */
  steps: { name: string; ok: boolean; message: string }[];
  pullRequestUrl?: string;
  /** GitHub's compare page, prefilled (without a token). */
  compareUrl?: string;
  /** After a failed step: the command that retries it. */
  retry?: string;
}

/** `execute: false` answers a PullRequestPlan, `execute: true` a PullRequestExecution. */
export const DraftPullRequestRequest = new RequestType<DraftPullRequestParams, PullRequestPlan | PullRequestExecution, void>('clawdev/draftPullRequest');

/**
 * The user's session sealed with the key the client gave the server at start (see github/sealedToken.ts): base64
 * of nonce | AES-256-GCM ciphertext | tag. No `sealed`: there is no session (signed out, or declined).
 */
export interface SealedGitHubSession {
  sealed?: string;
  account?: string;
}

/** Client → server notification: the session after a sign-in or an account change, or that there is none. */
export const GitHubSessionNotification = new NotificationType<SealedGitHubSession>('clawdev/githubSession');

export interface RequestGitHubSessionParams {
  /** Why the server asks, for the sign-in prompt. */
  reason: string;
  /** Whether the user may be asked to sign in; false: an existing session only, silently. */
  createIfNone: boolean;
}

/** Server → client request: a feature needs the session. */
export const RequestGitHubSessionRequest = new RequestType<RequestGitHubSessionParams, SealedGitHubSession, void>('clawdev/requestGitHubSession');
