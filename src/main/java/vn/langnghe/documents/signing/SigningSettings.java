package vn.langnghe.documents.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How issued documents are signed ({@code langnghe.signing.*}).
 *
 * @param enabled      false only where a province runs without a certificate for now: documents are then issued
 *                     unsigned, and the log and every document page say so
 * @param keystore     the PKCS#12 file holding the issuing authority's key and certificate chain
 * @param password     the keystore's password (also the key's)
 * @param alias        the key's alias; blank takes the keystore's only key
 * @param tsaUrl       optional RFC 3161 timestamp authority: with it signatures are PAdES B-T, without B-B
 * @param demo         when no keystore is named, generate a self-signed demo certificate (never in production)
 * @param demoKeystore where the demo certificate is kept, so it stays the same across restarts
 */
@ConfigurationProperties("langnghe.signing")
public record SigningSettings(boolean enabled, String keystore, String password, String alias, String tsaUrl,
        boolean demo, String demoKeystore) {

    boolean hasKeystore() {
        return keystore != null && !keystore.isBlank();
    }

    boolean hasTsa() {
        return tsaUrl != null && !tsaUrl.isBlank();
    }
}
