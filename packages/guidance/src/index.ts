export type {
  Answer,
  AnswerEvent,
  AnswerKind,
  CalendarOverrides,
  Citation,
  GuidanceDocument,
  LlmConfig,
  ModelRefusal,
  Passage,
  PublishedFile,
  ServiceInfo,
} from './types';
export { parseDocument, parseDocuments } from './ingest/parse-document';
export { documentVersion } from './ingest/blocks';
export {
  createGuidanceIndex,
  type GuidanceIndex,
  type GuidanceIndexOptions,
  type SearchHit,
} from './search/guidance-index';
export { vocabularyEntrySchema, type VocabularyEntry } from './search/vocabulary-schema';
export { answer, answerEvents, answerOnce, type AnswerContext, MAX_QUESTION_CHARS } from './answer';
export { serviceDetails } from './pipeline/service-details';
export { DEFAULT_IASS_TEXT } from './pipeline/replies';
export { DEFAULT_CRISIS_MESSAGE } from './pipeline/crisis-text';
export { type Turn } from './llm/redact';
export { breakerFor, CircuitBreaker, type BreakerOptions } from './llm/breaker';
export {
  answerFromTaught,
  matchTaught,
  questionSimilarity,
  TAUGHT_THRESHOLD,
  type TaughtExample,
} from './pipeline/taught';
export { groupSimilarQuestions } from './pipeline/question-groups';
export { withVocabulary, type VocabularyGroup } from './search/staff-vocabulary';
