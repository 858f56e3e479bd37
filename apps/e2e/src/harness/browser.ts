import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { e2eEnv } from './env';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Flags from the machine notes: without the background-networking ones Chromium keeps trying
// Google's hosts, which this closed network refuses.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string | undefined {
  if (e2eEnv.chromiumPath) return existsSync(e2eEnv.chromiumPath) ? e2eEnv.chromiumPath : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Why the browser tests cannot run here, or undefined when they can. In CI a missing browser
 * throws instead: CI must never pass by skipping them.
 */
export function browserSkipReason(): string | undefined {
  if (findChromium()) return undefined;
  const reason =
    `Browser tests skipped: no Chromium found (tried ${e2eEnv.chromiumPath ?? CANDIDATES.join(', ')}). ` +
    'Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.';
  if (e2eEnv.inCi) throw new Error(`${reason} In CI this is an error.`);
  console.warn(`\n⚠ ${reason}\n`);
  return reason;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found; call browserSkipReason() first.');
  return chromium.launch({ executablePath, args: FLAGS, slowMo: e2eEnv.slowMo });
}
