package vn.langnghe.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.langnghe.BrowserTest;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierData;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** Markup and SQL typed into a dossier are kept as the text they are, and the page shows them without running them. */
class HtmlShownAsTextTest extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=\"window.injected=1\"><script>window.injected=2</script>";
    private static final String SQL = "Xóm Lục'; DROP TABLE dossier; --";

    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void markupIsShownAsTextAndNeverRuns() {
        SignedInUser commune = users.loadUserByUsername("xa.daidong");
        DossierData data = SampleDossiers.craftVillage(SQL);
        data.setCraft(MARKUP);
        Dossier dossier = dossiers.create(commune, data);

        login("xa.daidong", "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/ho-so"));
        browser.get(url("ho-so/" + dossier.getId()));
        waitForText(MARKUP);

        assertThat(((JavascriptExecutor) browser).executeScript("return window.injected === undefined")).isEqualTo(true);
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("img[src='x']"))).isEmpty();
        waitForText(SQL);
        assertThat(jdbc.queryForObject("SELECT village_name FROM dossier WHERE id = ?", String.class, dossier.getId()))
                .isEqualTo(SQL);
    }
}
