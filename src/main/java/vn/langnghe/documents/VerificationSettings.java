package vn.langnghe.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the public verification page is reached from outside ({@code langnghe.verification.base-url}, e.g.
 * "https://langnghe.phutho.gov.vn"): the QR code on every issued document points there.
 */
@ConfigurationProperties("langnghe.verification")
record VerificationSettings(String baseUrl) {

    /** The verification URL of a code. */
    String url(String code) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/xac-minh/" + VerificationCodes.display(code);
    }
}
