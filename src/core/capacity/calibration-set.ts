import { CALIBRATION_POINTS_2025, type CalibrationPoint } from './calibration-points.js';
import { CALIBRATION_POINTS_2026 } from './calibration-points-2026.js';

/** Every published point the engines are fitted on (excluded ones are reported, not fitted). */
export const CALIBRATION_POINTS: readonly CalibrationPoint[] = [
  ...CALIBRATION_POINTS_2025,
  ...CALIBRATION_POINTS_2026,
];
