package vn.langnghe.documents.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.langnghe.common.VietnamTime;

/**
 * A self-signed certificate for the demo, "ỦY BAN NHÂN DÂN TỈNH … (demo)", written once as a PKCS#12 file. It
 * proves that a file is unchanged since this installation issued it, and nothing more: no one but this
 * installation trusts it.
 */
final class DemoCertificate {

    static final String ALIAS = "demo";
    static final String PASSWORD = "demo";

    private DemoCertificate() {
    }

    /** Writes a new keystore at {@code file} with an RSA key and a certificate for the committee of the province. */
    static void create(Path file, String committee) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.O, committee + " (demo)")
                    .addRDN(BCStyle.OU, "Làng Nghề – chứng thư thử nghiệm, không phải chứng thư số thật")
                    .addRDN(BCStyle.CN, committee + " (demo)")
                    .build();
            // Valid from 2020 so that documents dated in the past by a test clock still fall inside it.
            Instant from = ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, VietnamTime.ZONE).toInstant();
            Instant until = Instant.now().plus(20 * 366L, ChronoUnit.DAYS);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()), Date.from(from), Date.from(until), subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate});
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD.toCharArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo keystore " + file, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the demo certificate", e);
        }
    }
}
