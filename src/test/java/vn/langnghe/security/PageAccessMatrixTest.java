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

/**
 * Every demo role against every page: allowed exactly where the role should be; anywhere else the
 * person sees "not found", never the page. A commune's own dossier versus another commune's included.
 */
class PageAccessMatrixTest extends KaribuTest {

    private static final List<String> USERS = List.of("xa.yennghiep", "xa.chiengchau", "tiepnhan", "thamdinh",
            "hoidong1", "chutich", "thongke", "quantri");
    private static final Set<String> PROVINCE = Set.of("tiepnhan", "thamdinh", "hoidong1", "chutich", "thongke");

    @Autowired
    DossierService dossiers;

    private Long yenNghiepDossier;

    @BeforeEach
    void aDossierOfYenNghiep() {
        SignedInUser owner = users.loadUserByUsername("xa.yennghiep");
        yenNghiepDossier = dossiers.create(owner, SampleDossiers.craftVillage("Xóm Lục")).getId();
    }

    /** Route → who may open it. */
    private Map<String, Set<String>> expected() {
        return Map.of(
                "hoi-dong-xet-duyet", Set.of("tiepnhan", "thamdinh", "hoidong1", "chutich"),
                "ho-so", Set.of("xa.yennghiep", "xa.chiengchau"),
                "ho-so/moi", Set.of("xa.yennghiep", "xa.chiengchau"),
                "ho-so/" + yenNghiepDossier, union(Set.of("xa.yennghiep"), PROVINCE),
                "ho-so/" + yenNghiepDossier + "/sua", Set.of("xa.yennghiep"),
                "viec-can-lam", Set.of("tiepnhan", "thamdinh", "hoidong1", "chutich"),
                "so-lang-nghe", Set.of("thongke", "chutich"),
                "quan-tri/nguoi-dung", Set.of("quantri"),
                "quan-tri/ngay-nghi", Set.of("quantri"));
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
