export { expectNoSeriousA11yViolations } from './axe';
export { browserSkipReason, findChromium, launchBrowser } from './browser';
export { startTestSystem, TEST_ADMIN, type RunningSystem } from './system';
export { heading, overflowX, signIn } from './console';
export { expectFocusReadable, focused, focusObscured, liveText, walkFocus } from './focus';
export {
  startConsole,
  startSignedInConsole,
  startSystemAndBrowser,
  stopAll,
  type ConsoleSession,
  type SystemAndBrowser,
} from './session';
export { chatFrameLocator, chatFrameOf } from './widget';
