// Short confirmations and failures, announced by screen readers through a live region.

export type ToastKind = 'ok' | 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

export class Toasts {
  items = $state<Toast[]>([]);
  #next = 1;

  show(message: string, kind: ToastKind = 'ok', ms = kind === 'error' ? 12_000 : 6_000): number {
    const id = this.#next++;
    this.items.push({ id, kind, message });
    if (ms > 0) setTimeout(() => this.dismiss(id), ms);
    return id;
  }

  ok(message: string) {
    return this.show(message, 'ok');
  }

  error(message: string) {
    return this.show(message, 'error');
  }

  dismiss(id: number) {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();
