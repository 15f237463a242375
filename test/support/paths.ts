import * as path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const cliPath = path.join(root, 'bin', 'newslens.js');
export const serverPath = path.join(root, 'dist', 'server.js');
export const samplesDir = path.join(root, 'samples');
