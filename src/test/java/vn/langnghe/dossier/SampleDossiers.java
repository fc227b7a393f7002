package vn.langnghe.dossier;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.criteria.Title;
import vn.langnghe.identity.SignedInUser;

/** Dossiers as a commune would prepare them, for tests that need one ready to submit. */
public final class SampleDossiers {

    public static final byte[] PDF = Fixtures.PDF;

    private SampleDossiers() {
    }

    /** A brocade-weaving craft village with every field filled and the last two full years of production. */
    public static DossierData craftVillage(String villageName) {
        int lastFullYear = LocalDate.now(VietnamTime.ZONE).getYear() - 1;
        DossierData data = new DossierData();
        data.setTitle(Title.CRAFT_VILLAGE);
        data.setVillageName(villageName);
        data.setHamlets(new ArrayList<>(List.of("Xóm Trên", "Xóm Dưới")));
        data.setActivityGroup(4);
        data.setCraft("Dệt thổ cẩm");
        data.setTotalHouseholds(800);
        data.setParticipatingHouseholds(187);
        data.setWorkersTotal(420);
        data.setWorkersRegular(260);
        data.setProduction(new ArrayList<>(List.of(new ProductionYear(lastFullYear - 1, 1_200_000_000L),
                new ProductionYear(lastFullYear, 1_500_000_000L))));
        data.setCraftSinceYear(1950);
        data.setContactName("Lò Văn Sơn");
        data.setContactPhone("0912 345 678");
        return data;
    }

    /** Creates the draft and attaches the documents its title requires, except those named. */
    public static Dossier prepared(DossierService dossiers, SignedInUser user, DossierData data,
            AttachmentKind... leaveOut) {
        Dossier dossier = dossiers.create(user, data);
        for (AttachmentKind kind : AttachmentKind.required(data.getTitle(), data.isCraftAlreadyRecognised(),
                data.isVillageAlreadyRecognised())) {
            if (!List.of(leaveOut).contains(kind)) {
                dossiers.attach(user, dossier.getId(), kind, kind.name().toLowerCase() + ".pdf",
                        new ByteArrayInputStream(PDF));
            }
        }
        return dossier;
    }
}
