package id.ektp.accounts.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed logins in a row lock an account, and for how long; how long an API token lives.
 *
 * @param maxFailures failed logins in a row that lock the account
 * @param lockDuration how long the lock lasts
 * @param tokenLifetime how long a bearer token from {@code POST /api/v1/auth/token} is valid
 */
@ConfigurationProperties("ektp.login")
public record LoginPolicy(Integer maxFailures, Duration lockDuration, Duration tokenLifetime) {

    public LoginPolicy {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(8) : tokenLifetime;
    }
}
