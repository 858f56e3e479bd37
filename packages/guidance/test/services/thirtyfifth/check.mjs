// Validates the thirty-fifth set (Kestermouth SEND Resolution Service).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't35',
  shortName: 'Kestermouth',
  phoneRe: '(?:0|44\\W{0,3}(?:0\\W{0,2})?)1632\\W{0,2}961\\W{0,2}735',
});
