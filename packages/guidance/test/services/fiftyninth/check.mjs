// Validates the fifty-ninth set (Cressbourne SEND Mediation, London Borough of Cressbourne).  node check.mjs   (exit 0 = all good)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../check-set.mjs';

process.exitCode = checkSet(dirname(fileURLToPath(import.meta.url)), {
  prefix: 't59',
  shortName: 'Cressbourne',
  phoneRe:
    '(?<!\\d)(?:0|\\+44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(0)20\\)?[\\s.-]?7946[\\s.-]?0[\\s.-]?581(?!\\d)',
});
