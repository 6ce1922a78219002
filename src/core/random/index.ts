export { mulberry32, normalSample, type Rng } from './mulberry32.js';
