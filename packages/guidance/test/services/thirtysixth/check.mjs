// Validates the thirty-sixth set (Tamebridge Mediation CIC).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't36',
  shortName: 'Tamebridge',
  phoneRe: '(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?)121[\\s.-]?496[\\s.-]?0583',
});
