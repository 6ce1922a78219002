/**
 * Leave-one-out calibration error on the 14 measured points: median 14.3%, max 26.4% (bench:capacity,
 * 2026-11-23). The max, rounded up to 5%, is the base of every estimate's error band.
 */
export const CALIBRATION_ERROR_BAND = 0.3;
