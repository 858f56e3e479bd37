// Validates the forty-ninth set (Northlight SEND Mediation Service).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't49',
  shortName: 'Northlight',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)191\\)?[\\s.-]?498[\\s.-]?0[\\s.-]?627(?!\\d)',
});
