import { ConfigError } from '../../src/errors.js';

/** The problems a configuration error lists, or none when `run` accepts its input. */
export function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}
