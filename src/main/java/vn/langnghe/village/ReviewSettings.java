package vn.langnghe.village;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's rule for flagging recognised villages for review ({@code langnghe.registry.review.*}).
 *
 * @param missingReport flag a village without a report for the last full year
 * @param minimumParticipationPercent flag a village whose participating households fall below this share
 *        (20 % as in Art. 5(3)(a); 0 turns the check off)
 * @param noProduction flag a village that produced nothing in the last full year
 */
@ConfigurationProperties("langnghe.registry.review")
public record ReviewSettings(@DefaultValue("true") boolean missingReport,
        @DefaultValue("20") int minimumParticipationPercent, @DefaultValue("true") boolean noProduction) {
}
