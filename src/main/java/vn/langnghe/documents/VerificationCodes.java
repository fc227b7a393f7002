package vn.langnghe.documents;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification codes: 16 characters of Crockford's base 32 (80 random bits, so not guessable from the
 * document's number or id), shown in groups of four. Reading one forgives case, spaces, dashes and the letters
 * a person may type for a digit (O for 0, I and L for 1). Documents issued before codes existed got 16 hex
 * digits, which are of the same alphabet.
 */
final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        char[] code = new char[16];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** The stored form of what someone typed or scanned, or empty when it cannot be a code. */
    static Optional<String> read(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** "ABCD-EFGH-JKMN-PQRS". */
    static String display(String code) {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
    }
}
