// Finding the chat inside a partner page: the widget's launcher opens an iframe served from the
// service's own origin at /widget/frame.
import type { Frame, FrameLocator, Page } from 'playwright-core';

const CHAT_IFRAME = 'iframe[src*="/widget/frame"]';

/** The chat's iframe on `page`, for locating by role and label. */
export const chatFrameLocator = (page: Page): FrameLocator => page.frameLocator(CHAT_IFRAME);

/** The chat's frame itself, for evaluating code inside it; throws if the chat is not open. */
export function chatFrameOf(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/widget/frame'));
  if (!frame) throw new Error('no chat frame');
  return frame;
}
