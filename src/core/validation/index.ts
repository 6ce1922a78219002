export { didYouMean, editDistance, hint } from './did-you-mean.js';
export { formatPath, fromZodIssues } from './zod-issues.js';
