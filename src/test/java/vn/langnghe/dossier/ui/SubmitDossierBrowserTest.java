package vn.langnghe.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.BrowserTest;
import vn.langnghe.dossier.AttachmentKind;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** A commune officer uploads the last document in a real browser and submits the dossier. */
class SubmitDossierBrowserTest extends BrowserTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;

    @Test
    void communeUploadsTheLastDocumentAndSubmits() throws Exception {
        SignedInUser officer = users.loadUserByUsername("xa.daidong");
        // Every document but the household list, which the upload then offers first as the one missing.
        // Markup in a name must be shown as the text it is, never run.
        String name = "Bản <b>Lác</b><script>window.injected = true</script>";
        Dossier dossier = SampleDossiers.prepared(dossiers, officer, SampleDossiers.craftVillage(name),
                AttachmentKind.HOUSEHOLD_LIST);
        Path file = Files.createTempFile("danh-sach-ho", ".pdf");
        Files.write(file, SampleDossiers.PDF);

        login("xa.daidong", "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/ho-so"));
        browser.get(url("ho-so/" + dossier.getId()));
        waitForText("Thêm giấy tờ");
        assertThat(browser.findElement(By.tagName("h2")).getText()).contains(name);
        assertThat(browser.findElements(By.cssSelector("h2 b"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.injected === true")).isEqualTo(false);

        // The type offered is the document still missing, so the commune need not choose it.
        WebElement kind = browser.findElement(By.tagName("vaadin-select"));
        assertThat(kind.getText()).contains("Danh sách hộ tham gia");
        WebElement input = browser.findElement(By.tagName("vaadin-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        waitForText("Đã thêm tệp");

        WebElement submit = browser.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().contains("Nộp hồ sơ")).findFirst().orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
        submit.click();
        confirm("Xác nhận nộp");
        waitForText("Đã nộp hồ sơ");

        assertThat(dossiers.get(officer, dossier.getId()).getState()).isEqualTo(DossierState.SUBMITTED);
        assertThat(dossiers.attachments(officer, dossier.getId()))
                .anySatisfy(a -> assertThat(a.getFileName()).startsWith("danh-sach-ho"));
    }
}
