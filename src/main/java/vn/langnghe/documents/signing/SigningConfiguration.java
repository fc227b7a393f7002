package vn.langnghe.documents.signing;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.langnghe.documents.OfficialText;

/**
 * The issuing authority's key, read once at start from the PKCS#12 keystore the settings name. Without one, a
 * demo run creates a self-signed demo certificate; production ({@code langnghe.signing.demo=false}) refuses to
 * start unless signing is explicitly off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningSettings.class)
class SigningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningConfiguration.class);

    @Bean
    PdfSignatures pdfSignatures(SigningSettings settings, OfficialText text) {
        return new PdfSignatures(key(settings, text.committee()), text.province());
    }

    static Optional<PdfSignatures.Key> key(SigningSettings settings, String committee) {
        if (!settings.enabled()) {
            log.warn("Digital signing is OFF (langnghe.signing.enabled=false): documents are issued unsigned, "
                    + "and every document page says so.");
            return Optional.empty();
        }
        Path file;
        String password;
        String alias;
        if (settings.hasKeystore()) {
            file = Path.of(settings.keystore());
            password = settings.password() == null ? "" : settings.password();
            alias = settings.alias();
        } else if (settings.demo()) {
            file = Path.of(settings.demoKeystore());
            password = DemoCertificate.PASSWORD;
            alias = DemoCertificate.ALIAS;
            if (!Files.exists(file)) {
                DemoCertificate.create(file, committee);
            }
            log.warn("Documents are signed with a self-signed DEMO certificate ({}), not a real one: "
                    + "set langnghe.signing.keystore to the province's certificate.", file.toAbsolutePath());
        } else {
            throw new IllegalStateException("Digital signing needs the province's certificate: set SIGNING_KEYSTORE "
                    + "(a PKCS#12 file), SIGNING_PASSWORD and SIGNING_ALIAS, or SIGNING_ENABLED=false to issue "
                    + "unsigned documents.");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("The signing keystore cannot be read: " + file.toAbsolutePath());
        }
        Pkcs12SignatureToken token;
        try {
            token = new Pkcs12SignatureToken(file.toFile(), new KeyStore.PasswordProtection(password.toCharArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the signing keystore " + file.toAbsolutePath(), e);
        }
        DSSPrivateKeyEntry entry = entry(token, alias, file);
        log.info("Documents are signed with {}{}", entry.getCertificate().getSubject().getPrettyPrintRFC2253(),
                settings.hasTsa() ? ", timestamped by " + settings.tsaUrl() : "");
        return Optional.of(new PdfSignatures.Key(token, entry, settings.hasTsa() ? settings.tsaUrl() : null));
    }

    private static DSSPrivateKeyEntry entry(Pkcs12SignatureToken token, String alias, Path file) {
        if (alias != null && !alias.isBlank()) {
            DSSPrivateKeyEntry entry = token.getKey(alias);
            if (entry == null) {
                throw new IllegalStateException("No key named " + alias + " in " + file.toAbsolutePath());
            }
            return entry;
        }
        List<DSSPrivateKeyEntry> keys = token.getKeys();
        if (keys.size() != 1) {
            throw new IllegalStateException(file.toAbsolutePath() + " holds " + keys.size()
                    + " keys: name the one to sign with in langnghe.signing.alias");
        }
        return keys.get(0);
    }
}
