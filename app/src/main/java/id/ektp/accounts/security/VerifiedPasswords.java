package id.ektp.accounts.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of a login, remembering for a few minutes which (stored hash, password) pairs
 * Argon2 has already accepted. HTTP Basic sends the password with every API request; without this each
 * request would pay a full Argon2 verification, which is slow on purpose.
 *
 * <p>Only successful checks are remembered, under an HMAC of the stored hash and the password with a
 * key that lives in this process only: the cache holds no password, and a guess cannot be tested
 * against it without the key. Nothing needs to be evicted by hand, because everything else a login
 * depends on is read fresh from the database on every request before the password is checked: a
 * changed password changes the stored hash (its salt too), so the old entry is never found again; a
 * lock-out, a disabled account and a new role or region are seen by Spring Security's account checks and
 * the freshly loaded principal. Entries expire after {@link #LIFETIME} and the cache is bounded.
 * Failed checks are never cached, so guessing costs a full Argon2 check per guess.
 */
final class VerifiedPasswords implements PasswordEncoder {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final KeyedHash keyedHash = new KeyedHash();
    private final Cache<String, Boolean> verified = Caffeine.newBuilder()
            .expireAfterWrite(LIFETIME)
            .maximumSize(MAX_ENTRIES)
            .build();

    VerifiedPasswords(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = keyedHash.of(encodedPassword, rawPassword.toString());
        if (verified.getIfPresent(key) != null) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(key, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
