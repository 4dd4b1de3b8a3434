import { useEffect, useState } from 'preact/hooks';

export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export interface StageFit {
  scale: number;
  left: number;
  top: number;
}

/** The display is laid out for 1920×1080 and scaled to whatever screen it runs on (letterboxed). */
export function useStageFit(): StageFit {
  const [fit, setFit] = useState(currentFit);
  useEffect(() => {
    const update = (): void => setFit(currentFit());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return fit;
}

function currentFit(): StageFit {
  const scale = Math.min(window.innerWidth / STAGE_WIDTH, window.innerHeight / STAGE_HEIGHT);
  return {
    scale,
    left: (window.innerWidth - STAGE_WIDTH * scale) / 2,
    top: (window.innerHeight - STAGE_HEIGHT * scale) / 2,
  };
}
