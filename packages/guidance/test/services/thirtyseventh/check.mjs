// Validates the thirty-seventh set (Keelrow SEND Mediation).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't37',
  shortName: 'Keelrow',
  phoneRe: '(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?)191[\\s.-]?498[\\s.-]?0627(?!\\d)',
});
