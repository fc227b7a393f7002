package vn.langnghe.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param districtStep whether a district appraisal precedes intake: off by default since the 2025
 *                     reform abolished districts; kept for old records and provinces that still use it
 */
@ConfigurationProperties("langnghe.process")
public record ProcessSettings(boolean districtStep) {
}
