/**
 * Builds the .vsix once per test run (`npm run package`: bundle, then vsce), shared by the packaging
 * and the editor tests.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { PROJECT_ROOT, VSIX_PATH } from './paths';

let packaging: Promise<string> | undefined;

export function packageExtension(): Promise<string> {
  packaging ??= new Promise<string>((resolve, reject) => {
    fs.rmSync(VSIX_PATH, { force: true });
    execFile('npm', ['run', '-s', 'package'], { cwd: PROJECT_ROOT, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`npm run package failed: ${error.message}\n${tail(stdout)}\n${tail(stderr)}`));
      } else if (!fs.existsSync(VSIX_PATH)) {
        reject(new Error(`npm run package succeeded but wrote no ${VSIX_PATH}\n${tail(stdout)}`));
      } else {
        resolve(VSIX_PATH);
      }
    });
  });
  return packaging;
}

function tail(text: string): string {
  return text.split('\n').slice(-30).join('\n');
}
