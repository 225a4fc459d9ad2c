// Composition root: one output channel, the server, the coverage view and status bar, the GitHub session
// hand-off, the commands.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { CoverageService } from './coverage/coverageService';
import { CoverageStatusBar } from './coverage/coverageStatusBar';
import { CoverageTreeProvider } from './coverage/coverageTree';
import { GitHubSessions } from './github/githubSessions';
import { ServerController } from './server/serverController';
import { ProcessSettingKeys, SettingsSection } from './settings';

let server: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('ClawDev', { log: true });
  server = new ServerController(context, log);
  const coverage = new CoverageService(server, log);
  const sessions = new GitHubSessions(server, log);
  context.subscriptions.push(
    log,
    server,
    coverage,
    new CoverageTreeProvider(coverage),
    new CoverageStatusBar(server, coverage),
    sessions,
    ...registerCommands({ server, sessions, log }, coverage),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (ProcessSettingKeys.some(key => event.affectsConfiguration(`${SettingsSection}.${key}`))) {
        log.info('A setting that decides how the server starts changed; restarting it.');
        void server?.restart();
      }
    }),
    // In Restricted Mode the workspace's process settings are ignored; once trusted they may apply.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      log.info('The workspace is trusted now; restarting the server with its settings.');
      void server?.restart();
    }),
  );
  void server.start();
}

export function deactivate(): Promise<void> | undefined {
  return server?.stop();
}
