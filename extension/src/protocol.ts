// ClawDev's custom LSP methods, declared once on the client side (the server declares them once in C#).
// Method names follow `clawdev/<verb><Noun>`. Positions and ranges are LSP ones (0-based, in the position
// encoding agreed at initialize).
import { NotificationType0, RequestType } from 'vscode-languageclient';
import type { Range } from 'vscode-languageclient';

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
