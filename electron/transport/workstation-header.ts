/** The header a paired workstation sends its credential in, with every call. */
export const WORKSTATION_HEADER = 'x-tram-workstation';

/**
 * A station sending a bundle to its district (bundles.receive) repeats its credential here,
 * so the server may read a body larger than an anonymous caller's before the procedure runs.
 */
export const STATION_HEADER = 'x-tram-station';
