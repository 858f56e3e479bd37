// Validates the forty-sixth set (Flaxholme Mediation Co-operative).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't46',
  shortName: 'Flaxholme',
  phoneRe: '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?)161[\\s.-]?496[\\s.-]?0582(?!\\d)',
});
