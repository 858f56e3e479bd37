// The validator the thirty-first and thirty-second sets share (written with the thirty-first by
// its author, adapted for the thirty-second): every page is read to plain blocks, every cite
// phrase must be on its own page inside one sentence, every regex must compile, the decline
// questions must ask for the phone number, and the scorer must pass answers made of the cited
// sentences and fail empty ones. Each set's check.mjs calls it:  node check.mjs  (exit 0 = good)
import { existsSync, readFileSync, writeFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** The shared evaluation's scorer: ../shared/eval/score.mjs from the repository, as eval-sets.mjs finds it. */
function scorer(from) {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, 'shared', 'eval', 'score.mjs')))
      return join(dir, 'shared', 'eval', 'score.mjs');
  return '/work/shared/eval/score.mjs';
}

/**
 * Checks the set in `ROOT` (questions.jsonl, service.json, pages/): its ids are `prefix`-01 to
 * -60, its decline reply names the service by `shortName`, and its decline questions' phone
 * regex is `phoneRe` (by default the service's phone with a separator allowed between its
 * groups). Prints what it finds; returns the exit code.
 */
export function checkSet(ROOT, { prefix, shortName, phoneRe }) {
  const PAGES = ROOT + '/pages';
  const HERE = mkdtempSync(join(tmpdir(), `${basename(ROOT)}-check-`));
  const SCORE = scorer(ROOT);
  let errors = 0;
  const err = (m) => {
    errors++;
    console.log('ERROR', m);
  };
  // the scorer's normalisation, as in score.mjs
  const norm = (s) =>
    String(s ?? '')
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[^a-z0-9@.'/ ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const ent = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    copy: '©',
    pound: '£',
    ndash: '–',
    mdash: '—',
    rsquo: '’',
    lsquo: '‘',
  };
  const unesc = (s) =>
    s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : +e.slice(1))
        : (ent[e.toLowerCase()] ?? m),
    );
  // page -> list of blocks (paragraph / list item / table row / line), text only
  function blocks(f) {
    const raw = readFileSync(`${PAGES}/${f}`, 'utf8');
    if (f.endsWith('.html')) {
      let t = raw
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ');
      t = t
        .replace(/\s+/g, ' ')
        .replace(
          /<\/?(p|div|li|h[1-6]|tr|td|th|summary|details|ul|ol|nav|header|footer|aside|section|article|main|form|button|label|dt|dd|caption|table|thead|tbody)\b[^>]*>/gi,
          '\n',
        );
      t = unesc(t.replace(/<[^>]+>/g, ' '));
      return t
        .split('\n')
        .map((x) => x.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
    }
    if (f.endsWith('.md')) {
      const body = raw.replace(/^---[\s\S]*?\n---\n/, '');
      return body
        .split('\n')
        .map((l) =>
          l
            .replace(/\*\*/g, '')
            .replace(/^\s*(#+|[-*]|\d+\.)\s+/, '')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter((l) => l && !/^\|?[-| ]+\|?$/.test(l) && l !== '---');
    }
    // txt: paragraphs; bullet lines are their own block
    const out = [];
    for (const para of raw.split(/\n\s*\n/)) {
      let cur = [];
      for (const l of para.split('\n')) {
        if (/^\s*[*-]\s+/.test(l) || /^\s*\d+\.\s+/.test(l)) {
          if (cur.length) out.push(cur.join(' '));
          cur = [l.replace(/^\s*[*-]\s+/, '')];
        } else cur.push(l.trim());
      }
      if (cur.length) out.push(cur.join(' '));
    }
    return out.map((x) => x.replace(/\s+/g, ' ').trim()).filter((x) => x && !/^[=-]+$/.test(x));
  }
  const sentences = (bs) =>
    bs.flatMap((b) =>
      b
        .split(/(?<=[.!?])\s+(?=[A-Z"“(*])/)
        .map((s) => s.trim())
        .filter(Boolean),
    );
  const files = readdirSync(PAGES);
  const pageBlocks = Object.fromEntries(files.map((f) => [f, blocks(f)]));
  const pageSent = Object.fromEntries(files.map((f) => [f, sentences(pageBlocks[f])]));
  const pageNorm = Object.fromEntries(files.map((f) => [f, norm(pageBlocks[f].join(' '))]));
  if (files.length !== 3) err(`expected 3 pages, found ${files.length}`);
  // word counts
  let total = 0;
  for (const f of files) {
    const n = pageBlocks[f].join(' ').split(/\s+/).length;
    total += n;
    console.log(`page ${f}: ${n} words`);
  }
  console.log(`pages total: ${total} words`);
  // contact details on every page
  const svc = JSON.parse(readFileSync(`${ROOT}/service.json`, 'utf8'));
  for (const k of ['name', 'phone', 'email', 'website'])
    if (!svc[k]) err(`service.json lacks ${k}`);
  // decline questions must ask for the phone number, spaces optional
  const PHONE_RE = phoneRe ?? svc.phone.split(' ').join('[\\s.-]?');
  if (!new RegExp(PHONE_RE).test(svc.phone)) err('phone regex does not match the phone');
  for (const f of files)
    for (const k of ['phone', 'email'])
      if (!pageBlocks[f].join(' ').includes(svc[k])) err(`${f} lacks ${k}`);

  // 1. lines parse
  const lines = readFileSync(`${ROOT}/questions.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const qs = [];
  lines.forEach((l, i) => {
    try {
      qs.push(JSON.parse(l));
    } catch (e) {
      err(`line ${i + 1} does not parse: ${e.message}`);
    }
  });
  if (qs.length !== 60) err(`${qs.length} questions, want 60`);
  // 2. ids
  const ids = qs.map((q) => q.id);
  if (new Set(ids).size !== ids.length) err('duplicate ids');
  const want = Array.from({ length: 60 }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
  if (JSON.stringify(ids) !== JSON.stringify(want))
    err(`ids are not ${prefix}-01..${prefix}-60 in order`);
  const byType = {},
    perFile = {};
  for (const q of qs) {
    byType[q.type] = (byType[q.type] ?? 0) + 1;
    if (!['answer', 'decline'].includes(q.type)) err(`${q.id} type ${q.type}`);
    if (typeof q.q !== 'string' || q.q.length < 10) err(`${q.id} q`);
    if (
      !Array.isArray(q.must) ||
      !q.must.length ||
      q.must.some((g) => !Array.isArray(g) || !g.length)
    )
      err(`${q.id} must shape`);
    if (!Array.isArray(q.must_not)) err(`${q.id} must_not shape`);
    if (q.type === 'answer') {
      perFile[q.file] = (perFile[q.file] ?? 0) + 1;
      if (!files.includes(q.file)) err(`${q.id} file ${q.file} not a page`);
      if (!q.cite?.length) err(`${q.id} has no cite`);
    }
    if (q.type === 'decline') {
      if (q.cite?.length) err(`${q.id} decline has cite`);
      if (q.file) err(`${q.id} decline has file`);
      if (JSON.stringify(q.must) !== JSON.stringify([[PHONE_RE]]))
        err(`${q.id} decline must is not the phone`);
    }
  }
  console.log('types', JSON.stringify(byType), 'answers per page', JSON.stringify(perFile));
  if (byType.answer !== 45 || byType.decline !== 15) err('want 45 answer + 15 decline');
  // 3. regexes compile
  for (const q of qs) {
    for (const g of q.must ?? [])
      for (const r of g) {
        try {
          new RegExp(r, 'i');
        } catch (e) {
          err(`${q.id} must /${r}/ ${e.message}`);
        }
      }
    for (const r of q.must_not ?? []) {
      try {
        new RegExp(r, 'im');
      } catch (e) {
        err(`${q.id} must_not /${r}/ ${e.message}`);
      }
    }
  }
  // 4. cites: verbatim (normalised) on own page, inside one sentence, not in the question
  const fakes = [],
    empties = [];
  const DECLINE = `I'm sorry, the ${shortName} pages I can see don't cover that, so I can't give you a reliable answer. Please ring ${svc.name} on ${svc.phone} and an adviser can point you to the right place.`;
  for (const q of qs) {
    empties.push({ id: q.id, answer: '', citations: [] });
    if (q.type === 'decline') {
      fakes.push({ id: q.id, answer: DECLINE, citations: [] });
      continue;
    }
    const sents = [];
    for (const c of q.cite) {
      const nc = norm(c);
      if (nc.split(' ').length < 3) err(`${q.id} cite "${c}" is under 3 words`);
      if (!pageNorm[q.file]?.includes(nc)) {
        err(`${q.id} cite "${c}" not found in ${q.file}`);
        continue;
      }
      if (norm(q.q).includes(nc)) err(`${q.id} cite "${c}" appears in the question`);
      const s = pageSent[q.file].find((x) => norm(x).includes(nc));
      if (!s) {
        err(`${q.id} cite "${c}" is not inside a single sentence`);
        continue;
      }
      const hits = pageSent[q.file].filter((x) => norm(x).includes(nc)).length;
      if (hits > 1) console.log(`note ${q.id} cite "${c}" occurs in ${hits} sentences`);
      if (!sents.includes(s)) sents.push(s);
      for (const r of q.must_not)
        if (new RegExp(r, 'im').test(s))
          err(`${q.id} must_not /${r.slice(-50)}/ matches its cited sentence: ${s}`);
    }
    fakes.push({
      id: q.id,
      answer: sents.join(' '),
      citations: sents.map((s) => ({ title: q.file, quote: s })),
    });
  }
  writeFileSync(`${HERE}/fake.jsonl`, fakes.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(`${HERE}/empty.jsonl`, empties.map((r) => JSON.stringify(r)).join('\n') + '\n');
  // decline message must not trip decline must_not
  for (const q of qs.filter((q) => q.type === 'decline'))
    for (const r of q.must_not)
      if (new RegExp(r, 'im').test(DECLINE)) err(`${q.id} decline text trips /${r}/`);
  const run = (p) => {
    try {
      return execFileSync('node', [SCORE, `${ROOT}/questions.jsonl`, p, '--verbose'], {
        encoding: 'utf8',
      });
    } catch (e) {
      return e.stdout;
    }
  };
  const rf = run(`${HERE}/fake.jsonl`);
  console.log('--- fake perfect answers ---\n' + rf.trim());
  if (!/answer quality: 60\/60/.test(rf)) err('fake perfect answers do not all pass');
  const re = run(`${HERE}/empty.jsonl`);
  if (!/answer quality: 0\/60/.test(re)) err('some empty answers pass');
  else console.log('empty answers: ' + re.trim().split('\n').pop());
  console.log(errors ? `${errors} error(s)` : 'ALL GOOD');
  return errors ? 1 : 0;
}
