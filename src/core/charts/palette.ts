/** Colours and dash patterns; each series differs in dash as well as hue, for colour-blind readers. */
export type SeriesStyle = 'open' | 'closed' | 'capacity' | 'demand';

export const STYLE: Record<SeriesStyle, { stroke: string; dash?: string; width: number }> = {
  open: { stroke: '#0f766e', width: 2.5 },
  closed: { stroke: '#c2410c', dash: '7 4', width: 2.5 },
  capacity: { stroke: '#334155', dash: '3 3', width: 2 },
  demand: { stroke: '#1d4ed8', width: 2.5 },
};

export const INK = '#1f2937';
export const MUTED = '#6b7280';
export const GRID = '#e5e7eb';
export const MARK = '#7c3aed';
export const GOOD = '#0f766e';
export const BAD = '#c2410c';
