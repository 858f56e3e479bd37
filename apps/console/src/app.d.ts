// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface PageState {
      /** Nothing: personal data and search terms never go in the URL or history state. */
      _?: never;
    }
  }
}

export {};
