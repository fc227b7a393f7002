package vn.langnghe.dossier.web;

/** A complete craft-village dossier as a one-stop system would send it. */
public final class DossierApiSamples {

    public static final String CRAFT_VILLAGE = """
            {"title": "CRAFT_VILLAGE", "villageName": "Bản Lác", "hamlets": ["Bản Lác 1", "Bản Lác 2"],
             "activityGroup": 4, "craft": "Dệt thổ cẩm", "totalHouseholds": 800, "participatingHouseholds": 187,
             "workers": {"total": 420, "regular": 260},
             "production": [{"year": 2024, "value": 1200000000}, {"year": 2025, "value": 1500000000}],
             "craftSinceYear": 1950, "artisans": [{"name": "Hà Thị Ơn", "honour": "Nghệ nhân ưu tú"}],
             "contact": {"name": "Lò Văn Sơn", "phone": "0912 345 678"}}
            """;

    private DossierApiSamples() {
    }
}
