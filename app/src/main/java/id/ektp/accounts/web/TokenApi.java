package id.ektp.accounts.web;

import id.ektp.accounts.security.ApiTokens;
import id.ektp.accounts.security.ApiTokens.IssuedToken;
import id.ektp.accounts.security.OfficerPrincipal;
import id.ektp.platform.domain.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth/token}: exchanges an officer's password (HTTP Basic, or a JSON body) for an
 * opaque bearer token. A bearer token cannot be exchanged for another one.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class TokenApi {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;

    TokenApi(AuthenticationManager authenticationManager, ApiTokens tokens) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
    }

    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }

    record TokenResponse(String accessToken, String tokenType, Instant expiresAt) {
    }

    @PostMapping("/token")
    @SecurityRequirements
    @Operation(summary = "Get a bearer token with HTTP Basic credentials or a JSON body {username, password}")
    TokenResponse token(@RequestBody(required = false) Credentials credentials) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        OfficerPrincipal principal;
        if (current instanceof UsernamePasswordAuthenticationToken basic && basic.getPrincipal() instanceof OfficerPrincipal p
                && basic.getClass() == UsernamePasswordAuthenticationToken.class) {
            principal = p; // HTTP Basic, already checked by the filter chain
        } else if (current != null && current.getPrincipal() instanceof OfficerPrincipal) {
            throw new InvalidInputException("Authorization", "a bearer token cannot be exchanged for another token");
        } else if (credentials == null || credentials.username() == null || credentials.password() == null) {
            throw new InvalidInputException("body", "send HTTP Basic credentials or a JSON body {username, password}");
        } else {
            Authentication result = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
            if (!(result.getPrincipal() instanceof OfficerPrincipal p)) {
                throw new BadCredentialsException("not an officer");
            }
            principal = p;
            // So that the audit entry of the issued token names the officer.
            SecurityContextHolder.getContext().setAuthentication(result);
        }
        IssuedToken issued = tokens.issue(principal.officer());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }
}
