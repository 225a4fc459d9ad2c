// The output channel handed to vscode-languageclient: the library appends the server's stderr to it, which goes
// through the merger (see serverLogMerger.ts); protocol traces and everything else go to the ClawDev output as is.
import type * as vscode from 'vscode';
import type { ServerLogMerger } from './serverLogMerger';

export class ServerOutputChannel implements vscode.OutputChannel {
  constructor(private readonly log: vscode.LogOutputChannel, private readonly merger: ServerLogMerger) {}

  get name(): string {
    return this.log.name;
  }

  /** The library calls this with the server's stderr only. */
  append(value: string): void {
    this.merger.stderr(value);
  }

  appendLine(value: string): void {
    this.log.appendLine(value);
  }

  replace(value: string): void {
    this.log.replace(value);
  }

  clear(): void {
    this.log.clear();
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean') {
      this.log.show(columnOrPreserveFocus);
    } else {
      this.log.show(columnOrPreserveFocus, preserveFocus);
    }
  }

  hide(): void {
    this.log.hide();
  }

  /** The ClawDev output outlives each language client; the extension disposes of it. */
  dispose(): void {}
}
