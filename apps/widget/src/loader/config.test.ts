import { describe, expect, it } from 'vitest';
import { DEFAULT_Z_INDEX, readConfig } from './config';

const SRC = 'https://desk.example.org/widget/loader.js?v=1';

describe('readConfig', () => {
  it('derives the service origin and frame URL from the script src', () => {
    const cfg = readConfig(SRC, { site: 'camden-local-offer' });
    expect(cfg).toMatchObject({
      site: 'camden-local-offer',
      origin: 'https://desk.example.org',
      frameUrl: 'https://desk.example.org/widget/frame?site=camden-local-offer&lang=en',
      side: 'right',
      zIndex: DEFAULT_Z_INDEX,
    });
  });

  it('works when the service lives under a sub-path', () => {
    const cfg = readConfig('https://x.org/desk/widget/loader.js', { site: 'k' });
    expect(typeof cfg !== 'string' && cfg.frameUrl).toBe(
      'https://x.org/desk/widget/frame?site=k&lang=en',
    );
  });

  it('reads position, language, z-index and colour, adjusting a colour that fails contrast', () => {
    const cfg = readConfig(SRC, {
      site: 'k',
      position: 'bottom-left',
      lang: 'cy',
      zIndex: '50',
      colour: '#ffdd00',
    });
    expect(cfg).toMatchObject({ side: 'left', zIndex: 50 });
    expect(typeof cfg !== 'string' && cfg.frameUrl).toMatch(/&lang=cy$/);
    expect(typeof cfg !== 'string' && cfg.theme.status).toBe('adjusted');
  });

  it('ignores bad optional values', () => {
    const cfg = readConfig(SRC, { site: 'k', lang: '"><script>', zIndex: 'high', colour: 'red' });
    expect(cfg).toMatchObject({ zIndex: DEFAULT_Z_INDEX });
    expect(typeof cfg !== 'string' && cfg.frameUrl).toMatch(/&lang=en$/);
    expect(typeof cfg !== 'string' && cfg.theme.status).toBe('refused');
  });

  it('refuses a missing or malformed site key', () => {
    expect(readConfig(SRC, {})).toBeTypeOf('string');
    expect(readConfig(SRC, { site: 'a b' })).toBeTypeOf('string');
    expect(readConfig('not a url', { site: 'k' })).toBeTypeOf('string');
  });
});
