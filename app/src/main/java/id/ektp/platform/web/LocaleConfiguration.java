package id.ektp.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The officer UI speaks Bahasa Indonesia first; {@code ?lang=en} switches to English and a cookie keeps
 * the choice. The browser's Accept-Language is deliberately ignored: officers share machines.
 * The REST API ({@code /api/**}) always speaks English: its problem texts are documented and read by
 * programs, and a page's language cookie must not change them.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("EKTP_LANG") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return isApi(request) ? Locale.ENGLISH : super.resolveLocale(request);
            }

            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                return isApi(request) ? new SimpleLocaleContext(Locale.ENGLISH) : super.resolveLocaleContext(request);
            }
        };
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
