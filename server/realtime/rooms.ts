/** Room names: one for the whole hall, one per ticket (its phone page), one per service queue. */
export const HALL_ROOM = 'hall';
export const ticketRoom = (ticketId: number): string => `ticket:${ticketId}`;
export const serviceRoom = (serviceId: string): string => `service:${serviceId}`;
export const deviceRoom = (deviceId: number): string => `device:${deviceId}`;
