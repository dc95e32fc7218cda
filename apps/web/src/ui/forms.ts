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
 * The instant a `datetime-local` value means, as the API wants it (ISO 8601). The field shows
 * minutes: the current minute means "now", so a step recorded right after another is not dated
 * before it.
 */
export function instant(localValue: string): string {
  const typed = new Date(localValue);
  const now = new Date();
  return now.getTime() - typed.getTime() >= 0 && now.getTime() - typed.getTime() < 60_000 ? now.toISOString() : typed.toISOString();
}
