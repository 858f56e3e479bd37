// The conversation for the life of the tab: in memory, copied to sessionStorage only so that a
// reload of the frame does not lose it. No localStorage, no cookies.
import type { FrameStrings } from '../../strings';
import { MAX_QUESTION_LENGTH, type WidgetContext } from '../../shared/protocol';
import { ApiError, type WidgetApi } from './api-client';
import { errorText } from './error-text';
import { localId, type ChatMessage } from './messages';
import type { StartResponse } from './types';

export type ChatPhase = 'starting' | 'ready' | 'failed' | 'denied';
export type ChatView = 'chat' | 'route' | 'deadline' | 'callback';

interface Stored {
  hostOrigin: string;
  session: StartResponse;
  messages: ChatMessage[];
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch (_e) {
    return null; // blocked third-party storage: keep it in memory only
  }
}

export class Chat {
  phase = $state<ChatPhase>('starting');
  /** Shown when the chat could not start. */
  startError = $state('');
  session = $state.raw<StartResponse | null>(null);
  messages = $state<ChatMessage[]>([]);
  busy = $state(false);
  view = $state<ChatView>('chat');
  context = $state<WidgetContext>({});
  /** For the screen-reader status line: "Finding an answer…", "Answer ready." or what failed. */
  status = $state('');
  /** The language the visitor chose; sent with each question as a hint for the answer engine. */
  language = 'en';

  #hostOrigin = '';
  readonly #key: string;

  constructor(
    readonly api: WidgetApi,
    readonly site: string,
    readonly t: FrameStrings,
  ) {
    this.#key = 'sen-mediation-desk:' + site;
  }

  get phone(): string {
    return this.session?.service.phone ?? '';
  }

  /** Starts (or resumes, after a reload) the conversation; false if the API refused. */
  async start(hostOrigin: string): Promise<boolean> {
    this.#hostOrigin = hostOrigin;
    this.phase = 'starting';
    try {
      const saved = JSON.parse(storage()?.getItem(this.#key) ?? 'null') as Stored | null;
      // Resume only for the same host: a conversation never moves between sites.
      if (saved && saved.hostOrigin === hostOrigin && saved.session?.token) {
        this.session = saved.session;
        this.messages = saved.messages.map((m) =>
          m.status === 'streaming' ? { ...m, status: 'failed' } : m,
        );
        this.phase = 'ready';
        return true;
      }
    } catch (_e) {
      // unreadable: start afresh
    }
    try {
      this.session = await this.api.start(this.site, hostOrigin, this.context.page);
      this.phase = 'ready';
      this.save();
      return true;
    } catch (error) {
      this.phase = error instanceof ApiError && error.kind === 'denied' ? 'denied' : 'failed';
      this.startError = errorText(error, this.t, '');
      return false;
    }
  }

  async ask(raw: string): Promise<void> {
    const text = raw.trim();
    if (!text || this.busy || !this.session || text.length > MAX_QUESTION_LENGTH) return;
    this.view = 'chat';
    this.messages.push({ id: localId(), role: 'user', text, citations: [], status: 'done' });
    await this.#answer(text);
  }

  /** Asks the last question again after a failure. */
  async retry(): Promise<void> {
    // Plain loops, not at()/findLast(): older iPhones still in use lack them.
    const last = this.messages[this.messages.length - 1];
    const question = this.messages.filter((m) => m.role === 'user').pop();
    if (!last || last.status !== 'failed' || !question || this.busy) return;
    this.messages.pop();
    await this.#answer(question.text);
  }

  async #answer(question: string, renewed = false): Promise<void> {
    const session = this.session!;
    this.busy = true;
    this.status = this.t.thinking;
    this.messages.push({
      id: localId(),
      role: 'assistant',
      text: '',
      citations: [],
      status: 'streaming',
    });
    const reply = this.messages[this.messages.length - 1]!; // the reactive proxy, so updates show as they stream
    try {
      const answer = await this.api.ask(
        session.conversationId,
        session.token,
        question,
        {
          onSources: (citations) => (reply.citations = citations),
          onDelta: (delta) => (reply.text += delta),
        },
        this.context.localAuthority,
        this.language,
      );
      reply.text = answer.text || reply.text;
      reply.citations = answer.citations;
      reply.messageId = answer.messageId;
      reply.answered = answer.answered;
      reply.kind = answer.kind;
      if (answer.quickReplies) reply.quickReplies = answer.quickReplies;
      reply.status = 'done';
      this.status = this.t.answerReady;
    } catch (error) {
      // The conversation may have expired or been purged: start a new one and ask once more.
      if (!renewed && error instanceof ApiError && error.kind === 'expired') {
        try {
          this.session = await this.api.start(this.site, this.#hostOrigin, this.context.page);
          this.messages.pop();
          this.busy = false;
          return this.#answer(question, true);
        } catch (_e) {
          // fall through to the message below
        }
      }
      reply.status = 'failed';
      reply.text = errorText(error, this.t, this.phone);
      reply.citations = [];
      // Said out loud: focus stays in the question box, so nothing else would announce it.
      this.status = reply.text;
    } finally {
      this.busy = false;
      this.save();
    }
  }

  async rate(message: ChatMessage, rating: 'up' | 'down'): Promise<void> {
    if (!message.messageId || !this.session || message.rating === rating) return;
    message.rating = rating;
    this.save();
    try {
      await this.api.feedback(message.messageId, this.session.token, rating);
    } catch (_e) {
      // Feedback is a nicety: a failure must not interrupt the visitor.
    }
  }

  /** Forgets the conversation here and starts a new one. */
  async clear(): Promise<void> {
    this.messages = [];
    this.status = '';
    this.view = 'chat';
    storage()?.removeItem(this.#key);
    try {
      this.session = await this.api.start(this.site, this.#hostOrigin, this.context.page);
      this.save();
    } catch (_e) {
      // keep the old session: the next question will show an error with the phone number
    }
  }

  save(): void {
    if (!this.session) return;
    const stored: Stored = {
      hostOrigin: this.#hostOrigin,
      session: this.session,
      messages: $state.snapshot(this.messages),
    };
    try {
      storage()?.setItem(this.#key, JSON.stringify(stored));
    } catch (_e) {
      // full or blocked: memory only
    }
  }
}
