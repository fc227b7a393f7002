package vn.langnghe.criteria;

/**
 * Province-configurable parts of the criteria.
 *
 * @param traditionalCraftVillageException whether a village that already has a recognised
 *        traditional craft is exempt from the household share and stable-production criteria
 *        when applying as a traditional craft village (Decree 52/2018/NĐ-CP, Art. 5(4))
 */
public record CriteriaSettings(boolean traditionalCraftVillageException) {

    /** The defaults: the exception is on. */
    public static CriteriaSettings defaults() {
        return new CriteriaSettings(true);
    }
}
