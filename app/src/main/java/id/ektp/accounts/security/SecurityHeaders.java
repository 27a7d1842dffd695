package id.ektp.accounts.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers of every page and API answer, on top of Spring Security's defaults (nosniff,
 * frame DENY, no-cache, HSTS over TLS), which stay.
 *
 * <p>The Content-Security-Policy allows only this origin's own scripts, styles and images: the pages
 * carry no inline script, no inline style and no event-handler attribute, so nothing has to be
 * whitelisted by hash or nonce, and an injected {@code <script>} or {@code style} attribute is not run.
 * {@code data:} images are allowed because the Swagger UI at {@code /api/v1/docs} draws its icons that
 * way from its own stylesheet. The Swagger UI also injects {@code <style>} elements, so its own pages
 * ({@code /api/v1/swagger-ui/**}, none of ours) allow inline styles; scripts stay {@code 'self'} there too. {@code form-action 'self'} keeps a page from posting a login anywhere else,
 * {@code frame-ancestors 'none'} says in CSP what {@code X-Frame-Options: DENY} says to older browsers.
 *
 * <p>{@code Referrer-Policy: same-origin}: URLs of this platform hold NIKs ({@code /residents/3273...})
 * and search terms, which must not travel to another site in a {@code Referer} header.
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/swagger-ui/**");

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
