/**
 * Infrastructure every module may use: the embedded PostgreSQL default, web error handling
 * (RFC 7807 problems), message bundles. It holds no business rules.
 */
package id.ektp.platform;
