// Durations as docker prints them (go-units' HumanDuration). Loads nothing: the CLI's start
// path uses it, and so does the api for the Status column of /containers/json.

/** "Less than a second", "12 seconds", "About a minute", "3 minutes", "About an hour", "5 hours", "3 days"… */
export function humanDuration(seconds: number): string {
  const s = Math.floor(seconds);
  if (!Number.isFinite(seconds) || s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(seconds / 3600);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(seconds / 3600 / 24 / 365)} years`;
}
