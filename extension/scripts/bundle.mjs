// Bundles the client and vscode-languageclient into dist/extension.js (the manifest's "main").
//   node extension/scripts/bundle.mjs               development build with a source map
//   node extension/scripts/bundle.mjs --production  minified, no source map (what the VSIX carries)
//   node extension/scripts/bundle.mjs --watch       rebuild on change (the F5 launch configuration's task)
import * as esbuild from 'esbuild';
import { rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints problems in the form the F5 task's problem matcher reads ("[watch] build started/finished"). */
const reportPlugin = {
  name: 'report',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd(result => {
      for (const { text, location } of [...result.errors, ...result.warnings]) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) {
          console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
      }
      console.log('[watch] build finished');
    });
  },
};

const context = await esbuild.context({
  entryPoints: ['extension/src/extension.ts'],
  bundle: true,
  outfile: 'dist/extension.js',
  external: ['vscode'],
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [reportPlugin],
});

if (watch) {
  await context.watch();
} else {
  const result = await context.rebuild();
  await context.dispose();
  if (production) {
    rmSync('dist/extension.js.map', { force: true });
  }
  process.exitCode = result.errors.length > 0 ? 1 : 0;
}
