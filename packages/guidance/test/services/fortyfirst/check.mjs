// Validates the forty-first set (Three Canals Mediation CIC).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't41',
  shortName: 'Three Canals',
  phoneRe: '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?)1632[\\s.-]?960[\\s.-]?537(?!\\d)',
});
