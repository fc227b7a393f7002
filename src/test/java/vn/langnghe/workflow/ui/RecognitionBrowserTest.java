package vn.langnghe.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.BrowserTest;
import vn.langnghe.council.CouncilService;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.workflow.Inbox;
import vn.langnghe.workflow.ReviewedDossiers;

/**
 * One dossier end to end in a real browser, with every role: the commune submits, intake accepts, the reviewer
 * appraises, three council members vote, the leader approves and the commune downloads its certificate. The round
 * itself is set up through the service (its screen has its own Karibu test).
 */
class RecognitionBrowserTest extends BrowserTest {

    private static final List<String> MEMBERS = List.of("hoidong1", "hoidong2", "hoidong3");

    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;
    @Autowired
    TaskService taskService;
    @Autowired
    Inbox inbox;
    @Autowired
    CouncilService council;

    @Test
    void aDossierGoesFromTheCommuneToItsCertificate() throws Exception {
        SignedInUser commune = users.loadUserByUsername("xa.daidong");
        Dossier dossier = SampleDossiers.prepared(dossiers, commune, SampleDossiers.craftVillage("Xóm Lục"));

        login("xa.daidong", "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/ho-so"));
        browser.get(url("ho-so/" + dossier.getId()));
        click(button("Nộp hồ sơ"));
        confirm("Xác nhận nộp");
        waitForText("Đã nộp hồ sơ");

        signOutAndIn("tiepnhan");
        openTask(dossier, "Task_Intake");
        click(radio("Tiếp nhận: hồ sơ đầy đủ, hợp lệ"));
        click(button("Hoàn thành"));
        waitForText("Đã hoàn thành việc");
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.IN_APPRAISAL);

        signOutAndIn("thamdinh");
        openTask(dossier, "Task_Appraisal");
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

        ReviewedDossiers reviewed = new ReviewedDossiers(dossiers, inbox, council, taskService, users);
        reviewed.openRound("Hội đồng xét duyệt năm 2026", MEMBERS, null, List.of(dossier.getId()));
        for (String member : MEMBERS) {
            signOutAndIn(member);
            browser.get(url("viec-can-lam/" + reviewed.ballot(member, dossier.getId())));
            click(radio("Đồng ý"));
            browser.findElements(By.cssSelector("vaadin-text-area textarea")).get(0)
                    .sendKeys("Làng có nghề dệt thổ cẩm lâu đời, đủ tiêu chí");
            click(button("Gửi phiếu biểu quyết"));
            waitForText("Đã ghi nhận phiếu biểu quyết của bạn");
        }
        assertThat(dossiers.get(commune, dossier.getId()).getState()).isEqualTo(DossierState.AWAITING_DECISION);

        signOutAndIn("chutich");
        openTask(dossier, "Task_Decision");
        waitForText("Biên bản họp Hội đồng");
        click(radio("Công nhận"));
        click(button("Hoàn thành"));
        confirm("Xác nhận ban hành");
        waitForText("Đã ban hành Quyết định số");

        browser.manage().deleteAllCookies();
        login("xa.daidong", "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/ho-so"));
        browser.get(url("ho-so/" + dossier.getId()));
        WebElement certificate = wait.until(d -> d.findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().equals("Bằng công nhận")).findFirst().orElse(null));
        Map<?, ?> download = (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(r => r.arrayBuffer().then(b => {
                    let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));
                    done({type: r.headers.get('content-type'), body: btoa(s)});
                }));
                """, certificate);
        assertThat(String.valueOf(download.get("type"))).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode((String) download.get("body")))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("BẰNG CÔNG NHẬN", "LÀNG NGHỀ", "Xóm Lục", "Đại Đồng");
        }
    }

    /** The inbox is shared with other tests' dossiers, so the task is opened by its address, as "Mở" does. */
    private void openTask(Dossier dossier, String taskKey) {
        waitForText("Việc cần làm");
        String task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(dossier.getId()))
                .taskDefinitionKey(taskKey).singleResult().getId();
        browser.get(url("viec-can-lam/" + task));
        waitForText("Hoàn thành");
    }
}
