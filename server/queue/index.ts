/** The pure queue engine: state transitions as functions of (state, command, clock). No I/O here. */
export * from './types';
export * from './calendar';
export * from './timetable';
export * from './numbering';
export * from './issue';
export * from './order';
export * from './in-hand';
export * from './verbs';
export * from './counters';
export * from './estimate';
export * from './working-days';
export * from './open-state';
