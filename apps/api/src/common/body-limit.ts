/**
 * The largest JSON request body. Photos of the site travel as base64 in GraphQL (5 MB each, about 6.7 MB
 * encoded), so the arguments that carry files may be this long; every other text has the default limit.
 */
export const BODY_LIMIT_BYTES = 8 * 1024 * 1024;
