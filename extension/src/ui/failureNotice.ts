// At most one error notification per failure: the first problem since the server last started well (or since
// the user asked for a restart) is shown; later ones only go to the log, so a crash loop or a broken setting
// never becomes a notification storm.
import * as vscode from 'vscode';

export interface NoticeAction {
  title: string;
  run(): unknown;
}

export class FailureNotice {
  private shown = false;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Logs the message, and shows it with its actions unless a failure was already shown. */
  report(message: string, ...actions: NoticeAction[]): void {
    this.log.error(message);
    if (this.shown) {
      return;
    }
    this.shown = true;
    void vscode.window.showErrorMessage(message, ...actions.map(action => action.title)).then(choice => {
      actions.find(action => action.title === choice)?.run();
    });
  }

  /** The server is healthy again, or the user asked for a new start: the next failure is news. */
  clear(): void {
    this.shown = false;
  }
}
