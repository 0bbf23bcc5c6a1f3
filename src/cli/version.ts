import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../shared/paths.js';

/** The package version, in a module of its own so that printing it imports nothing else. */
export const version: string = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;
