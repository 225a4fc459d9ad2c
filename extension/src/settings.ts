// The `clawdev.*` settings: which ones the client uses itself, and which ones the server gets.
// Pure functions over plain JSON, so they are tested without VS Code.
import * as path from 'node:path';

export const SettingsSection = 'clawdev';

/** Settings that change how the server process is started: changing one restarts the server. */
export const ProcessSettingKeys = ['server.path', 'dotnetPath'] as const;

/** What the client itself needs to start the server. */
export interface ClientSettings {
  /** An absolute path to a `clawdev` executable or `clawdev.dll` to run instead of the bundled server. */
  serverPath?: string;
  /** An absolute path to the `dotnet` executable to run the server with. */
  dotnetPath?: string;
}

/** Where relative paths and `~` / `${workspaceFolder}` / `${userHome}` in path settings point. */
export interface PathContext {
  userHome: string;
  /** The first workspace folder's path, when a folder is open. */
  workspaceFolder?: string;
}

/** A reader of one configuration section, such as `vscode.workspace.getConfiguration('clawdev')`. */
export interface SettingsSource {
  get<T>(key: string): T | undefined;
}

export function readClientSettings(settings: SettingsSource, context: PathContext): ClientSettings {
  return {
    serverPath: resolvePathSetting(settings.get<unknown>('server.path'), context),
    dotnetPath: resolvePathSetting(settings.get<unknown>('dotnetPath'), context),
  };
}

/** Blank → undefined; `~` and the two variables expanded; relative paths taken from the workspace folder. */
export function resolvePathSetting(value: unknown, context: PathContext): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  let expanded = value.trim()
    .replace(/\$\{userHome\}/g, context.userHome)
    .replace(/\$\{workspaceFolder\}/g, context.workspaceFolder ?? '${workspaceFolder}');
  if (expanded === '~' || expanded.startsWith('~/')) {
    expanded = path.join(context.userHome, expanded.slice(1));
  }
  if (path.isAbsolute(expanded)) {
    return path.normalize(expanded);
  }
  return context.workspaceFolder === undefined ? expanded : path.resolve(context.workspaceFolder, expanded);
}

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

/**
 * The `clawdev` section as the server receives it through `workspace/configuration`: the shape of
 * settings.json without the client-only keys (machine paths and tracing never leave the client), values
 * normalised where VS Code lets users write variants (rule codes in any case, blank entries).
 */
export interface ServerSettings {
  /** Rule codes or prefixes to check instead of the repository's selection; empty = the repository's. */
  select: string[];
  /** Rule codes or prefixes never reported. */
  ignore: string[];
  /** Severity per rule code (upper case). */
  severity: Record<string, string>;
  defaultSeverity: string;
  /** Contribution profile: severity by how exposed the object is (rendered, exported, public); a code in `severity` wins. */
  exposureSeverity: Record<string, string>;
  /** "auto" or a style name. */
  docstringStyle: string;
  workspaceDiagnostics: boolean;
  debounceMs: number;
  github: {
    /** The REST API's base URL, without a trailing slash. */
    apiUrl: string;
    /** The upstream repository as the user wrote it (`owner/repo` or a URL); empty = detect it from the git remotes. */
    upstream: string;
  };
  pullRequest: {
    /** The git remote of the user's fork; empty = find it (or create the fork). */
    remote: string;
  };
}

/** Defaults, the same as the manifest's, used when a value is missing or of the wrong type. */
export const ServerSettingDefaults: ServerSettings = {
  select: [],
  ignore: [],
  severity: {},
  defaultSeverity: 'warning',
  exposureSeverity: { rendered: 'warning', exported: 'information', public: 'hint' },
  docstringStyle: 'auto',
  workspaceDiagnostics: false,
  debounceMs: 50,
  github: { apiUrl: 'https://api.github.com', upstream: '' },
  pullRequest: { remote: '' },
};

/**
 * Maps the raw `clawdev` section (as VS Code returns it for `workspace/configuration`) to what the server
 * gets. Values of the wrong type fall back to the default; values of the right type but unknown meaning (a
 * severity "fatal") are passed on for the server to report, so a typo shows up in the ClawDev log.
 */
export function toServerSettings(raw: unknown): ServerSettings {
  const section = asObject(raw);
  const github = asObject(section.github);
  const pullRequest = asObject(section.pullRequest);
  return {
    select: codeList(section.select),
    ignore: codeList(section.ignore),
    severity: severityMap(section.severity),
    defaultSeverity: nonBlankString(section.defaultSeverity)?.toLowerCase() ?? ServerSettingDefaults.defaultSeverity,
    exposureSeverity: { ...ServerSettingDefaults.exposureSeverity, ...exposureSeverityMap(section.exposureSeverity) },
    docstringStyle: nonBlankString(section.docstringStyle)?.toLowerCase() ?? ServerSettingDefaults.docstringStyle,
    workspaceDiagnostics: typeof section.workspaceDiagnostics === 'boolean'
      ? section.workspaceDiagnostics
      : ServerSettingDefaults.workspaceDiagnostics,
    debounceMs: typeof section.debounceMs === 'number' && Number.isFinite(section.debounceMs)
      ? Math.round(section.debounceMs)
      : ServerSettingDefaults.debounceMs,
    github: { apiUrl: apiUrl(github.apiUrl), upstream: upstream(github.upstream) },
    pullRequest: { remote: nonBlankString(pullRequest.remote) ?? ServerSettingDefaults.pullRequest.remote },
  };
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {};
}

function nonBlankString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Codes upper-cased, blanks and repeats dropped, order kept (the server applies them in order). */
function codeList(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const codes: string[] = [];
  for (const entry of value) {
    const code = nonBlankString(entry)?.toUpperCase();
    if (code !== undefined && !codes.includes(code)) {
      codes.push(code);
    }
  }
  return codes;
}

/** Exposure names lower-cased; blank entries dropped (unknown names go on for the server to report). */
function exposureSeverityMap(value: unknown): Record<string, string> {
  const severities: Record<string, string> = {};
  for (const [exposure, severity] of Object.entries(asObject(value))) {
    const key = exposure.trim().toLowerCase();
    const name = nonBlankString(severity)?.toLowerCase();
    if (key !== '' && name !== undefined) {
      severities[key] = name;
    }
  }
  return severities;
}

function severityMap(value: unknown): Record<string, string> {
  const severities: Record<string, string> = {};
  for (const [code, severity] of Object.entries(asObject(value))) {
    const key = code.trim().toUpperCase();
    const name = nonBlankString(severity)?.toLowerCase();
    if (key !== '' && name !== undefined) {
      severities[key] = name;
    }
  }
  return severities;
}

/** Trailing slashes dropped so the server can append paths; blank → github.com's API. */
function apiUrl(value: unknown): string {
  const url = nonBlankString(value)?.replace(/\/+$/, '');
  return url === undefined || url === '' ? ServerSettingDefaults.github.apiUrl : url;
}

/** `owner/repo` or a repository URL, trimmed, without a trailing slash or `.git`; the server reads either form. */
function upstream(value: unknown): string {
  return nonBlankString(value)?.replace(/\/+$/, '').replace(/\.git$/, '') ?? ServerSettingDefaults.github.upstream;
}
