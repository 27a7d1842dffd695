package id.ektp.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The login's password check runs Argon2 once per (stored hash, password), never for a repeated success. */
class VerifiedPasswordsTest {

    /** The platform's real encoder (Argon2id), counting how often it really verifies. */
    static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder argon2 = new PasswordConfiguration().passwordEncoder();
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return argon2.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return argon2.matches(raw, encoded);
        }
    }

    final CountingEncoder argon2 = new CountingEncoder();
    final VerifiedPasswords passwords = new VerifiedPasswords(argon2);

    @Test
    void aRepeatedCorrectPasswordIsNotVerifiedAgain() {
        String hash = argon2.encode("kata sandi rahasia");
        assertThat(passwords.matches("kata sandi rahasia", hash)).isTrue();
        assertThat(passwords.matches("kata sandi rahasia", hash)).isTrue();
        assertThat(passwords.matches("kata sandi rahasia", hash)).isTrue();
        assertThat(argon2.checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsVerifiedEveryTime() {
        String hash = argon2.encode("kata sandi rahasia");
        assertThat(passwords.matches("kata sandi rahasia", hash)).isTrue();
        assertThat(passwords.matches("tebakan", hash)).isFalse();
        assertThat(passwords.matches("tebakan", hash)).isFalse();
        assertThat(argon2.checks).hasValue(3);
    }

    @Test
    void aNewStoredHashForgetsTheOldSuccess() {
        String before = argon2.encode("kata sandi rahasia");
        assertThat(passwords.matches("kata sandi rahasia", before)).isTrue();
        // A password change (even back to the same text) stores a new salt, so a new hash.
        String after = argon2.encode("kata sandi rahasia");
        assertThat(passwords.matches("kata sandi rahasia", after)).isTrue();
        assertThat(passwords.matches("kata sandi rahasia", before)).isTrue();
        assertThat(argon2.checks).hasValue(2);
    }
}
