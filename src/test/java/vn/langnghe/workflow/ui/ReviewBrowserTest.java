package vn.langnghe.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.BrowserTest;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** Three people in a real browser: the commune submits, intake accepts, the reviewer records an appraisal. */
class ReviewBrowserTest extends BrowserTest {

    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;
    @Autowired
    TaskService taskService;

    @Test
    void aDossierGoesFromTheCommuneThroughIntakeToARecordedAppraisal() {
        SignedInUser commune = users.loadUserByUsername("xa.yennghiep");
        Dossier dossier = SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage("Xóm Lục"));

        login("xa.yennghiep", "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/ho-so"));
        browser.get(url("ho-so/" + dossier.getId()));
        click(button("Nộp hồ sơ"));
        waitForText("Đã nộp hồ sơ");

        signOutAndIn("tiepnhan");
        openTaskOf(dossier);
        click(radio("Tiếp nhận: hồ sơ đầy đủ, hợp lệ"));
        click(button("Hoàn thành"));
        waitForText("Đã hoàn thành việc");
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.IN_APPRAISAL);

        signOutAndIn("thamdinh");
        openTaskOf(dossier);
        WebElement v3 = browser.findElement(By.cssSelector("vaadin-radio-group[data-code='V3']"));
        click(v3.findElements(By.tagName("vaadin-radio-button")).get(0));
        WebElement v3Reason = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].parentElement.querySelector('vaadin-text-field input')", v3);
        v3Reason.sendKeys("Có kế hoạch bảo vệ môi trường");
        click(radio("Đề nghị công nhận"));
        browser.findElements(By.cssSelector("vaadin-text-area textarea")).get(0).sendKeys("Đủ điều kiện công nhận làng nghề");
        click(button("Hoàn thành"));
        waitForText("Đã hoàn thành việc");

        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.AWAITING_COUNCIL);
    }

    private void signOutAndIn(String username) {
        browser.manage().deleteAllCookies();
        login(username, "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/viec-can-lam"));
    }

    /** The inbox is shared with other tests' dossiers, so the task is opened by its address, as "Mở" does. */
    private void openTaskOf(Dossier dossier) {
        waitForText("Việc cần làm");
        String task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                .singleResult().getId();
        browser.get(url("viec-can-lam/" + task));
        waitForText("Hoàn thành");
    }

    private WebElement button(String text) {
        return wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().contains(text)).findFirst().orElse(null));
    }

    private WebElement radio(String label) {
        return wait.until(d -> d.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(b -> b.getText().contains(label)).findFirst().orElse(null));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
