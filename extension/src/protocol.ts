// ClawDev's custom LSP methods, declared once on the client side (the server declares them once in C#).
// Method names follow `clawdev/<verb><Noun>`. Positions and ranges are LSP ones (0-based, in the position
// encoding agreed at initialize).
import { NotificationType0, RequestType } from 'vscode-languageclient';
import type { Range } from 'vscode-languageclient';

/** Parameters of `clawdev/documentationCoverage`: none yet (the answer covers every workspace folder). */
export type DocumentationCoverageParams = Record<string, never>;

/** One definition that counts towards coverage and has no docstring. */
export interface MissingDocumentation {
  /** Qualified name inside its module ("Trainer.train"); the dotted module name for the module itself. */
  symbol: string;
  /** What an editor would underline: the definition's name (the start of the file for the module). */
  range: Range;
}

/** Coverage of one Python file, with interrogate's semantics (as `clawdev scan` reports it). */
export interface ModuleCoverage {
  /** The file (`file:` URI). */
  uri: string;
  /** Dotted module name ("transformers.models.bert.modeling_bert"; "pkg" for `pkg/__init__.py`). */
  module: string;
  /** Definitions (and the module) that count. */
  total: number;
  /** How many of those have a docstring. */
  documented: number;
  /** The undocumented ones, in file order. */
  missing: MissingDocumentation[];
  /** Why the whole file does not count (e.g. "ignore-init-module"); absent when it counts. */
  excludedBecause?: string;
}

/** Coverage of one workspace folder. */
export interface FolderCoverage {
  /** The workspace folder's URI, as sent in `initialize` / `didChangeWorkspaceFolders`. */
  uri: string;
  name: string;
  total: number;
  documented: number;
  modules: ModuleCoverage[];
}

/** Answer of `clawdev/documentationCoverage`. */
export interface DocumentationCoverageResult {
  /** False while the workspace is still being indexed: the numbers then cover the files indexed so far. */
  complete: boolean;
  total: number;
  documented: number;
  folders: FolderCoverage[];
}

/** Client → server request: documentation coverage of every workspace folder, per module. */
export const DocumentationCoverageRequest = new RequestType<DocumentationCoverageParams, DocumentationCoverageResult, void>(
  'clawdev/documentationCoverage',
);

/** Server → client notification (no parameters): coverage changed, ask again (sent after indexing and edits). */
export const RefreshDocumentationCoverageNotification = new NotificationType0('clawdev/refreshDocumentationCoverage');
