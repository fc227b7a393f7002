package vn.langnghe.territory;

/**
 * Where a commune is, now and as it was: its current name and province (after any merger), and the
 * district and province it belonged to before the 2025 reform (null when it had none).
 */
public record Place(String commune, String province, String communeBefore, String districtBefore,
        String provinceBefore) {

    /**
     * "xã Yên Nghiệp, huyện Lạc Sơn, tỉnh Hòa Bình", or null when nothing changed. Documents put it after the
     * commune now: "xã Đại Đồng (trước đây xã Yên Nghiệp, huyện Lạc Sơn, tỉnh Hòa Bình)".
     */
    public String formerly() {
        if (districtBefore == null && commune.equals(communeBefore) && province.equals(provinceBefore)) {
            return null;
        }
        return "xã " + communeBefore + (districtBefore == null ? "" : ", huyện " + districtBefore) + ", tỉnh "
                + provinceBefore;
    }
}
