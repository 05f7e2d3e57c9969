import { UsageError } from '../errors';

/** --format: nothing (the human layout) or "json"; true for json. */
export function checkFormat(format: string | undefined): boolean {
  if (format === undefined || format === '' || format === 'table') return false;
  if (format === 'json' || format === '{{json .}}') return true;
  throw new UsageError(`--format ${format}: keel knows "json" only`);
}
