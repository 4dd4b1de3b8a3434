/**
 * A JavaScript expression for the size of V8's new space (both semi-spaces) in the isolate that evaluates
 * it, for tests that start a process or a worker under the server's flags and ask what V8 made of them.
 */
export const NEW_SPACE_SIZE = "require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size";
