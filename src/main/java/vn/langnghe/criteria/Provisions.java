package vn.langnghe.criteria;

/**
 * What distinguishes one rule set from another.
 *
 * @param citationKey             the bundle key part under which its provisions are cited
 * @param craftMoreThanYears      a traditional craft must be present for more than this many years
 * @param minimumSharePercent     the minimum share of households taking part
 * @param minimumStableYears      the minimum number of consecutive years of production
 * @param villageJudgementCode    the craft village criterion left to the reviewer ("V3" or "V4")
 * @param hasCraftVillageException whether a village with a recognised traditional craft may fail
 *                                V1 and V2 and still be a traditional craft village
 */
record Provisions(String citationKey, int craftMoreThanYears, int minimumSharePercent,
                  int minimumStableYears, String villageJudgementCode, boolean hasCraftVillageException) {
}
