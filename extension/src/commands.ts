// The palette commands (category "ClawDev"): coverage, server control, and the features still to come.
import * as vscode from 'vscode';
import { Commands, LaterFeatures, laterFeatureMessage } from './commandIds';
import type { CoverageService } from './coverage/coverageService';
import { CoverageViewId } from './coverage/coverageTree';
import type { ServerController } from './server/serverController';

export function registerCommands(server: ServerController, coverage: CoverageService, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.showDocumentationCoverage, async () => {
      await vscode.commands.executeCommand(`${CoverageViewId}.focus`);
      coverage.refresh();
    }),
    vscode.commands.registerCommand(Commands.refreshCoverage, () => coverage.refresh()),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      log.info('Restart requested.');
      await server.restart();
    }),
    vscode.commands.registerCommand(Commands.showOutput, () => log.show()),
    ...LaterFeatures.map(feature =>
      vscode.commands.registerCommand(feature.command, () => vscode.window.showInformationMessage(laterFeatureMessage(feature.title)))),
  ];
}
