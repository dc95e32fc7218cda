/**
 * The current time, injectable so that tests can control it. Plain class (no Nest import) so
 * that pure logic depending on it stays unit-testable without the framework.
 */
export class Clock {
  now(): Date {
    return new Date();
  }
}
