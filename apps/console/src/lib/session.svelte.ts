// Who is signed in, and the "signed out while working" flow: when a call comes back
// UNAUTHORIZED, the page stays as it is (form input and all), a sign-in dialog opens, and the
// call is retried once the person has signed in again.
import { trpc } from './trpc';

type Me = Awaited<ReturnType<typeof trpc.auth.me.query>>;
export type SessionUser = NonNullable<Me>['user'];
export type StaffRole = SessionUser['role'];

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: 'Admin',
  caseworker: 'Caseworker',
  mediator: 'Mediator',
  viewer: 'Viewer (read only)',
};

/** What is left to do before the console can be used; null when nothing. */
export type SignInStep = 'password' | 'second_factor' | 'change_password' | 'setup_totp';

export function nextStep(me: Me | null): SignInStep | null {
  if (!me) return 'password';
  if (!me.secondFactorDone) return 'second_factor';
  if (me.user.mustChangePassword) return 'change_password';
  if (me.totpSetupRequired) return 'setup_totp';
  return null;
}

export class Session {
  me = $state<Me | null>(null);
  loaded = $state(false);
  /** True while the sign-in dialog for an expired session is open. */
  reauthOpen = $state(false);
  #waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  /** Who was signed in when the session ended (the sign-in steps replace `me` as they go). */
  #reauthUserId: string | null = null;

  user = $derived(this.me?.user ?? null);
  /** Signed in with nothing left to do (second factor, password change, TOTP set-up). */
  ready = $derived(nextStep(this.me) === null);
  isAdmin = $derived(this.user?.role === 'admin');
  /** Cases: facts, steps, notes, people (mediators: their own cases; the API checks which). */
  canEdit = $derived(this.user !== null && this.user.role !== 'viewer');
  /** Phone intake, callbacks from the chat, and adding guidance drafts. */
  isCaseworkerOrAdmin = $derived(this.user?.role === 'caseworker' || this.user?.role === 'admin');

  async refresh(): Promise<Me | null> {
    this.me = await trpc.auth.me.query();
    this.loaded = true;
    return this.me;
  }

  set(me: Me | null) {
    this.me = me;
    this.loaded = true;
  }

  /** Opens the sign-in dialog; resolves when the person is signed in again. */
  reauthenticate(): Promise<void> {
    if (!this.reauthOpen) this.#reauthUserId = this.me?.user.id ?? null;
    this.reauthOpen = true;
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /**
   * Signed in again. Returns false when someone else signed in: the page on screen was the
   * first person's, so its pending calls fail instead of being retried as the second.
   */
  reauthenticated(me: Me): boolean {
    const same = me?.user.id === this.#reauthUserId;
    this.set(me);
    this.reauthOpen = false;
    for (const w of this.#waiters.splice(0)) {
      if (same) w.resolve();
      else w.reject(new Error('Signed in as someone else.'));
    }
    return same;
  }

  reauthAbandoned(reason: unknown) {
    this.reauthOpen = false;
    for (const w of this.#waiters.splice(0)) w.reject(reason);
  }

  clear() {
    this.me = null;
  }
}

export const session = new Session();
