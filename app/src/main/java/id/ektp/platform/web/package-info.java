/**
 * Web infrastructure every module uses: RFC 7807 problem responses for {@code /api/**}, the exceptions
 * that map onto them ({@link id.ektp.platform.web.InvalidInputException},
 * {@link id.ektp.platform.web.NotFoundException}), and the locale (Bahasa Indonesia first, English second).
 */
@org.springframework.modulith.NamedInterface("web")
package id.ektp.platform.web;
