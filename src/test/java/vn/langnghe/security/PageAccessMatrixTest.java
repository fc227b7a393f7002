package vn.langnghe.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.KaribuTest;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.ui.NotFoundView;
import vn.langnghe.village.RegistryFixtures;
import vn.langnghe.village.RegistryService;

/**
 * Every demo role against every page: allowed exactly where the role should be; anywhere else the
 * person sees "not found", never the page. A commune's own dossier and village versus another commune's
 * included; the open data page is for everyone.
 */
class PageAccessMatrixTest extends KaribuTest {

    private static final List<String> USERS = List.of("xa.daidong", "xa.maiha", "tiepnhan", "thamdinh",
            "hoidong1", "chutich", "thongke", "quantri");
    private static final Set<String> PROVINCE = Set.of("tiepnhan", "thamdinh", "hoidong1", "chutich", "thongke");

    @Autowired
    DossierService dossiers;
    @Autowired
    RegistryService registry;

    private Long yenNghiepDossier;
    private Long yenNghiepVillage;

    @BeforeEach
    void aDossierAndAVillageOfYenNghiep() {
        SignedInUser owner = users.loadUserByUsername("xa.daidong");
        yenNghiepDossier = dossiers.create(owner, SampleDossiers.craftVillage("Xóm Lục")).getId();
        yenNghiepVillage = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Xóm Lục");
    }

    /** Route → who may open it. */
    private Map<String, Set<String>> expected() {
        return Map.ofEntries(
                Map.entry("hoi-dong-xet-duyet", Set.of("tiepnhan", "thamdinh", "hoidong1", "chutich")),
                Map.entry("ho-so", Set.of("xa.daidong", "xa.maiha")),
                Map.entry("ho-so/moi", Set.of("xa.daidong", "xa.maiha")),
                Map.entry("ho-so/" + yenNghiepDossier, union(Set.of("xa.daidong"), PROVINCE)),
                Map.entry("ho-so/" + yenNghiepDossier + "/sua", Set.of("xa.daidong")),
                // Commune officers answer the reviewer's questions on their villages there (revocation procedure).
                Map.entry("viec-can-lam", Set.of("tiepnhan", "thamdinh", "hoidong1", "chutich", "xa.daidong",
                        "xa.maiha")),
                Map.entry("so-lang-nghe", Set.of("thongke", "chutich")),
                Map.entry("so-lang-nghe/" + yenNghiepVillage, Set.of("xa.daidong", "thongke", "chutich")),
                Map.entry("so-lang-nghe/" + yenNghiepVillage + "/bao-cao", Set.of("xa.daidong")),
                Map.entry("thong-ke", Set.of("thongke", "chutich")),
                Map.entry("lang-nghe-cua-xa", Set.of("xa.daidong", "xa.maiha")),
                Map.entry("lang-nghe-cong-nhan", Set.copyOf(USERS)),
                Map.entry("xac-minh", Set.copyOf(USERS)),
                Map.entry("quan-tri/nguoi-dung", Set.of("quantri")),
                Map.entry("quan-tri/ngay-nghi", Set.of("quantri")));
    }

    @Test
    void eachRoleOpensExactlyThePagesItShould() {
        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            login(user);
            for (Map.Entry<String, Set<String>> page : expected().entrySet()) {
                boolean refused = refused(page.getKey());
                boolean allowed = page.getValue().contains(user);
                if (refused == allowed) {
                    wrong.add(user + (allowed ? " was refused " : " could open ") + page.getKey());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Refused means our "not found" page, or Vaadin's access-denied (which Karibu reports as an error
     * instead of rendering its error view).
     */
    private static boolean refused(String route) {
        UI.getCurrent().navigate(route);
        try {
            return !_find(NotFoundView.class).isEmpty();
        } catch (AssertionError e) {
            if (String.valueOf(e.getMessage()).contains("AccessDeniedException")) {
                return true;
            }
            throw e;
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Set.copyOf(Stream.concat(a.stream(), b.stream()).toList());
    }
}
