export { SENSITIVE_CLASSES } from './contract.js';
export type { ClassifyBudget, ClassifyOptions, DetectOptions, Finding, RequestClassification, RequestDataClass, SensitiveClass, UnclassifiableReason } from './contract.js';
export { detect, hasHealthContext } from './detect.js';
export { classify, CLASS_PRECEDENCE } from './classify.js';
export { warmUp, type WarmUpResult } from './warm-up.js';
export { redact } from './redact.js';
export { normalize, toOriginal, type Normalized } from './normalize.js';
export { classifyWithRecognizer, type EntityRecognizer, type RecognizedEntity } from './recognizer.js';
