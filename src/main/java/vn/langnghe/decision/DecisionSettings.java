package vn.langnghe.decision;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.langnghe.criteria.Title;

/**
 * {@code langnghe.decision.*}: the suffix of the decision numbers ("QĐ-UBND" gives "15/QĐ-UBND") and the
 * one-off support granted with each title, in VND (none when missing).
 */
@ConfigurationProperties("langnghe.decision")
public record DecisionSettings(String series, Map<Title, Long> support) {

    public DecisionSettings {
        if (series == null || series.isBlank()) {
            throw new IllegalArgumentException("langnghe.decision.series must name the number series, e.g. QĐ-UBND");
        }
        support = support == null ? Map.of() : Map.copyOf(support);
    }

    public long supportFor(Title title) {
        return support.getOrDefault(title, 0L);
    }
}
