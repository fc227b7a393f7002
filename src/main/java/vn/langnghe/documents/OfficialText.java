package vn.langnghe.documents;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.langnghe.criteria.Title;
import vn.langnghe.documents.pdf.ArchivalPdf;

/**
 * Wording for issued documents, which are always in Vietnamese whatever the user's language, and the
 * issuing province ({@code langnghe.province.name}).
 */
@Component
@EnableConfigurationProperties(OfficialText.Province.class)
public class OfficialText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final Province province;

    OfficialText(MessageSource messages, Province province) {
        this.messages = messages;
        this.province = province;
    }

    @ConfigurationProperties("langnghe.province")
    record Province(String name) {
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    /** A title as it reads inside a sentence: "làng nghề truyền thống". */
    public String title(Title title) {
        return get("title." + title.name()).toLowerCase(VIETNAMESE);
    }

    /** The committee issuing the province's documents, e.g. "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ". */
    public String committee() {
        return ArchivalPdf.committee(province.name());
    }

    /** The province issuing decisions, e.g. "Phú Thọ". */
    public String province() {
        return province.name();
    }
}
