/** The header a paired workstation sends its credential in, with every call. */
export const WORKSTATION_HEADER = 'x-tram-workstation';
