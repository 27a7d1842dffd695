package id.ektp.accounts.security;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.Officer;
import id.ektp.accounts.audit.AuditLog;
import id.ektp.accounts.officers.OfficerStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the REST API: 32 random bytes handed out once, stored only as their
 * SHA-256, valid until their expiry and only while the officer's account is enabled.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final OfficerStore officers;
    private final AuditLog audit;
    private final LoginPolicy policy;

    ApiTokens(JdbcClient jdbc, OfficerStore officers, AuditLog audit, LoginPolicy policy) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.audit = audit;
        this.policy = policy;
    }

    /** A token as handed to the client: the secret itself and when it stops working. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    @Transactional
    public IssuedToken issue(Officer officer) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = Instant.now().plus(policy.tokenLifetime()).truncatedTo(ChronoUnit.SECONDS);
        // Expired tokens are worthless; clearing them here keeps the table small without a scheduler.
        jdbc.sql("DELETE FROM api_token WHERE expires_at < now()").update();
        jdbc.sql("INSERT INTO api_token (token_hash, username, expires_at) VALUES (?, ?, ?)")
                .params(sha256(token), officer.username(), Timestamp.from(expiresAt))
                .update();
        audit.record(AuditAction.TOKEN_ISSUED, officer.username(), "expires " + expiresAt);
        return new IssuedToken(token, expiresAt);
    }

    /** The officer a token belongs to, if the token is known, unexpired and the account enabled. */
    public Optional<OfficerPrincipal> authenticate(String token) {
        return jdbc.sql("SELECT username FROM api_token WHERE token_hash = ? AND expires_at > now()")
                .param(sha256(token))
                .query(String.class)
                .optional()
                .flatMap(officers::find)
                .filter(account -> account.enabled())
                .map(OfficerPrincipal::of);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
