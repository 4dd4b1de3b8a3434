import { useEffect, useState } from 'preact/hooks';
import { loadServiceNames, type ServiceName } from './service-names';

/** The name of the ticket's service (null until known; a transfer changes the service). */
export function useServiceName(serviceId: string | null): ServiceName | null {
  const [name, setName] = useState<ServiceName | null>(null);
  useEffect(() => {
    if (serviceId === null) return;
    let current = true;
    void loadServiceNames().then((names) => {
      if (current) setName(names.find((n) => n.id === serviceId) ?? null);
    });
    return () => {
      current = false;
    };
  }, [serviceId]);
  return name;
}
