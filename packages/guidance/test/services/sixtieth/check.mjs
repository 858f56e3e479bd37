// Validates the sixtieth set (Hearthstead SEND Mediation, Oxenmoor).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't60',
  shortName: 'Hearthstead',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)1632\\)?[\\s.-]?960[\\s.-]?735(?!\\d)',
});
