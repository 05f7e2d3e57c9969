/** The Docker Engine API version keel serves, and the oldest it accepts. */
export const API_VERSION = '1.41';
export const MIN_API_VERSION = '1.12';
