import { useEffect, useState } from 'preact/hooks';
import type { HallStream } from '../../../../protocol/client/hall-stream';

/** The material names of a service's 办理指南 (what a 补正 is usually about); [] while unknown. */
export function useGuideMaterials(stream: HallStream, serviceId: string | null): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    setNames([]);
    if (serviceId === null) return;
    let live = true;
    void stream.send('service.guide', { serviceId }).then((result) => {
      if (live && result.ok) setNames(result.data.materials.map((m) => m.name));
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [stream, serviceId]);
  return names;
}
