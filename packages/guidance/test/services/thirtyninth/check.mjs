// Validates the thirty-ninth set (Fellmouth Council SEND Disagreement Resolution and Mediation Team).
//   node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't39',
  shortName: 'Fellmouth SEND mediation',
  phoneRe: '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?)161[\\s.-]?496[\\s.-]?0732(?!\\d)',
});
