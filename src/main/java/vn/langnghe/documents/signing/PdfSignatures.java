package vn.langnghe.documents.signing;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.langnghe.documents.Signatory;

/**
 * PAdES signatures with the EU's DSS library: baseline B with the issuing authority's key, B-T when a timestamp
 * authority is configured; and the validation of a PDF someone hands in.
 */
public class PdfSignatures {

    /** The key that signs, or none when signing is off. */
    record Key(SignatureTokenConnection token, DSSPrivateKeyEntry entry, String tsaUrl) {
    }

    /**
     * What the validator found in a PDF.
     *
     * @param signed      the file carries at least one signature
     * @param intact      every signature's digest matches the bytes it covers and its cryptographic value checks out
     * @param byUs        the (last) signature was made with this installation's certificate
     * @param signerName  the name in the signature dictionary (the person who signed)
     * @param title       the signing title given as the signature's reason
     * @param signingTime the signing time the signature claims
     * @param certificate the common name of the signing certificate
     */
    public record Validation(boolean signed, boolean intact, boolean byUs, String signerName, String title,
            Instant signingTime, String certificate) {

        static final Validation UNSIGNED = new Validation(false, false, false, null, null, null, null);
    }

    private final Optional<Key> key;
    private final String location;

    PdfSignatures(Optional<Key> key, String location) {
        this.key = key;
        this.location = location;
    }

    /** Whether documents are signed. */
    public boolean enabled() {
        return key.isPresent();
    }

    /** The signing certificate's subject, e.g. "CN=ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ (demo),…"; empty when signing is off. */
    public Optional<String> certificateSubject() {
        return key.map(k -> k.entry().getCertificate().getSubject().getPrettyPrintRFC2253());
    }

    /** Signs the PDF at {@code when}, naming the signatory; the bytes before the signature stay as they were. */
    public byte[] sign(byte[] pdf, Signatory signatory, Instant when) {
        Key k = key.orElseThrow(() -> new IllegalStateException("Signing is off (langnghe.signing.enabled=false)"));
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(k.tsaUrl() == null ? SignatureLevel.PAdES_BASELINE_B : SignatureLevel.PAdES_BASELINE_T);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(k.entry().getCertificate());
        parameters.setCertificateChain(Arrays.asList(k.entry().getCertificateChain()));
        parameters.bLevel().setSigningDate(Date.from(when));
        parameters.setSignerName(signatory.name());
        parameters.setReason(signatory.title());
        parameters.setLocation(location);
        parameters.setAppName("Làng Nghề");
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        if (k.tsaUrl() != null) {
            service.setTspSource(new OnlineTSPSource(k.tsaUrl()));
        }
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        SignatureValue value = k.token().sign(toBeSigned, parameters.getDigestAlgorithm(), k.entry());
        return bytes(service.signDocument(document, parameters, value));
    }

    /** Validates the signatures of a PDF offline, trusting this installation's certificate. */
    public Validation validate(byte[] pdf) {
        DiagnosticData diagnostic;
        try {
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
            CommonCertificateVerifier verifier = new CommonCertificateVerifier();
            CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
            key.ifPresent(k -> trusted.addCertificate(k.entry().getCertificate()));
            verifier.setTrustedCertSources(trusted);
            validator.setCertificateVerifier(verifier);
            diagnostic = validator.validateDocument().getDiagnosticData();
        } catch (RuntimeException unreadable) {
            // DSS recognises no signed document in it (not a PDF, or one it cannot read): nothing holds.
            return Validation.UNSIGNED;
        }
        List<SignatureWrapper> signatures = diagnostic.getSignatures();
        if (signatures.isEmpty()) {
            return Validation.UNSIGNED;
        }
        boolean intact = signatures.stream().allMatch(s -> s.isSignatureIntact() && s.isSignatureValid());
        SignatureWrapper last = signatures.get(signatures.size() - 1);
        boolean byUs = key.map(k -> last.getSigningCertificate() != null
                && last.getSigningCertificate().getId().equals(k.entry().getCertificate().getDSSIdAsString()))
                .orElse(false);
        Date time = last.getClaimedSigningTime();
        return new Validation(true, intact, byUs, last.getSignerName(), last.getReason(),
                time == null ? null : time.toInstant(),
                last.getSigningCertificate() == null ? null : last.getSigningCertificate().getCommonName());
    }

    private static byte[] bytes(DSSDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
