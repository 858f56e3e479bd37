import './styles.css';
import { mount } from 'svelte';
import { accessibleColour } from '../shared/contrast';
import App from './app.svelte';
import { createWidgetApi } from './lib/api-client';
import { Chat } from './lib/chat.svelte';
import { createHostBridge, type Hello } from './lib/host-bridge';
import { initialLanguage, locale, setLanguage, t } from './lib/locale.svelte';

const params = new URLSearchParams(location.search);
const api = createWidgetApi();
// Fetched while the loader says hello, so the first view is already in the visitor's language.
const languageReady = setLanguage(
  api,
  initialLanguage(params.get('lang'), navigator.languages ?? [navigator.language]),
);

// Listen before anything else so the loader's hello cannot be missed.
const bridge = createHostBridge();
const chat = new Chat(api, params.get('site') ?? '', t);
void languageReady.then(() => (chat.language = locale.lang));
const app = mount(App, {
  target: document.getElementById('app')!,
  props: { chat, bridge, t, onretry: () => void bridge.hello.then(connect) },
});

bridge.onCommand((message) => {
  if (message.type === 'focus') app.focusStart();
  else if (message.type === 'ask') void chat.ask(message.text);
  else if (message.type === 'context') chat.context = message.context;
});

/** Starts the conversation for the host that said hello; run again by "Try again". */
async function connect(hello: Hello): Promise<void> {
  chat.context = hello.context;
  // The chat starts in English rather than wait long for its texts (they switch in on arrival).
  await Promise.race([languageReady, new Promise((resolve) => setTimeout(resolve, 4000))]);
  if (!(await chat.start(hello.origin))) {
    if (chat.phase === 'denied') bridge.deny();
    return;
  }
  // CSSOM, not a style attribute: the frame needs no 'unsafe-inline' in its CSP.
  const theme = accessibleColour(hello.colour || chat.session?.site.colour);
  document.documentElement.style.setProperty('--brand', theme.colour);
  bridge.confirm(hello.origin);
  bridge.send('ready');
}

void bridge.hello.then(connect);
