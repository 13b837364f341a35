package auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.crypto.SecretKey;

/** Issues and validates short-lived HS256-signed access tokens for the mobile API. */
public final class TokenService {
    private final SecretKey signingKey;
    private final Duration ttl;

    public TokenService(String secret, Duration ttl) {
        this.signingKey = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.ttl = ttl;
    }

    public String issue(String userId, List<String> roles) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(userId)
                .claim("roles", roles)
                .issuer("api.example.org")
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .signWith(signingKey, Jwts.SIG.HS256)
                .compact();
    }

    public Claims verify(String token) {
        try {
            return Jwts.parser().verifyWith(signingKey).requireIssuer("api.example.org").build()
                    .parseSignedClaims(token).getPayload();
        } catch (JwtException e) {
            throw new SecurityException("invalid access token: " + e.getMessage(), e);
        }
    }
}
