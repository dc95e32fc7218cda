import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from '../api/errors';

/** Puts the API's field problems beside their fields; says whether there were any. */
export function showFieldErrors<T>(form: UseFormReturnType<T>, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const problems = error.fieldProblems;
  if (Object.keys(problems).length === 0) return false;
  form.setErrors(problems);
  return true;
}

/** `<input type="datetime-local">` value of an instant, in the browser's zone. */
export function localDateTime(date = new Date()): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * The instant a `datetime-local` value means, as the API wants it (ISO 8601). A field left at the
 * value it opened with (now, to the minute) means now: a step recorded right after another is never
 * dated before it because the field shows no seconds.
 */
export function instant(localValue: string, openedWith?: string): string {
  return localValue === openedWith ? new Date().toISOString() : new Date(localValue).toISOString();
}
