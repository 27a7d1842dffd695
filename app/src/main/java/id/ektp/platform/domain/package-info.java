/**
 * The refusals every module's domain throws ({@link id.ektp.platform.domain.DomainException} and its
 * kinds), free of the web: the web layer maps them onto RFC 7807 problems and page messages.
 */
@org.springframework.modulith.NamedInterface("domain")
package id.ektp.platform.domain;
