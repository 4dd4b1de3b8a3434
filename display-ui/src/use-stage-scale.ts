import { useEffect, useState } from 'preact/hooks';
import type { DisplayKind } from '../../protocol/views';

/**
 * Each layout is drawn on a fixed stage in real pixels and scaled to the screen it runs on (letterboxed),
 * so type sizes hold at the sizes the layouts were made for: 1920×1080 and 1080×1920 (portrait) for the
 * hall, centre and window displays; 800×480 and the strip 1280×400 for the compact one. The stage is
 * the one whose shape is nearest the screen's.
 */
export type StageShape = 'landscape' | 'portrait' | 'small' | 'strip';

const STAGES: Record<StageShape, { width: number; height: number }> = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
  small: { width: 800, height: 480 },
  strip: { width: 1280, height: 400 },
};

export interface StageFit {
  shape: StageShape;
  width: number;
  height: number;
  scale: number;
  left: number;
  top: number;
}

export function useStageFit(kind: DisplayKind): StageFit {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const update = (): void => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return stageFit(kind, size.width, size.height);
}

export function stageFit(kind: DisplayKind, width: number, height: number): StageFit {
  const shapes: StageShape[] = kind === 'compact' ? ['small', 'strip'] : ['landscape', 'portrait'];
  const ratio = width / height;
  const nearest = (a: StageShape, b: StageShape): StageShape =>
    Math.abs(Math.log(STAGES[a].width / STAGES[a].height / ratio)) <= Math.abs(Math.log(STAGES[b].width / STAGES[b].height / ratio)) ? a : b;
  const shape = shapes.reduce(nearest);
  const stage = STAGES[shape];
  const scale = Math.min(width / stage.width, height / stage.height);
  return { shape, ...stage, scale, left: (width - stage.width * scale) / 2, top: (height - stage.height * scale) / 2 };
}
