/**
 * Web infrastructure every module uses: RFC 7807 problem responses for {@code /api/**}, the one mapping of
 * the domain's refusals ({@link id.ektp.platform.domain.DomainException}) onto problems and error pages,
 * and the locale (Bahasa Indonesia first, English second).
 */
@org.springframework.modulith.NamedInterface("web")
package id.ektp.platform.web;
