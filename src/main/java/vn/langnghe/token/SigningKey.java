package vn.langnghe.token;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The RSA key every node signs and checks tokens with. The first node to start makes it and stores it; the others
 * (and the same node after a restart) read it, so a token from one node is good on all of them.
 */
final class SigningKey {

    private SigningKey() {
    }

    static RSAKey loadOrCreate(JdbcTemplate jdbc, Clock clock) {
        if (jdbc.queryForObject("select count(*) from api_signing_key", Integer.class) == 0) {
            KeyPair pair = generate();
            jdbc.update("insert ignore into api_signing_key (id, private_key, public_key, created_at) values (1, ?, ?, ?)",
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), Timestamp.from(clock.instant()));
        }
        Map<String, Object> row = jdbc.queryForMap("select private_key, public_key from api_signing_key where id = 1");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode((String) row.get("private_key"))));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode((String) row.get("public_key"))));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID("langnghe-1").build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("The stored signing key cannot be read", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
