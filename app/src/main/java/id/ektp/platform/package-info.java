/**
 * Infrastructure every module may use, through its named interfaces: {@code domain} (the refusals a domain
 * throws), {@code web} (RFC 7807 problems, message bundles, locale), {@code startup} (seeds run before the
 * HTTP port opens) and {@code database} (the embedded PostgreSQL default). It holds no business rules and
 * depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package id.ektp.platform;
