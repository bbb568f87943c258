// @ts-check
/** The project's root folder, for scripts that read its files wherever they are started from. */
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
