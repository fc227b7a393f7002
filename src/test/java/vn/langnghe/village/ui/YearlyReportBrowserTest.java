package vn.langnghe.village.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.BrowserTest;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.village.LabourReport;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.RegistryStatistics;

/** A commune files its yearly report in a real browser, and the province's dashboard shows the change. */
class YearlyReportBrowserTest extends BrowserTest {

    private static final int MORE_WORKERS = 20;

    @Autowired
    RegistryService registry;
    @Autowired
    RegistryStatistics statistics;
    @Autowired
    UserAccountService users;

    @Test
    void aCommunesReportChangesTheDashboard() {
        SignedInUser staff = users.loadUserByUsername("thongke");
        int year = registry.lastFullYear();
        long workersBefore = statistics.stats(staff, year).workers().total();

        login("xa.daidong", "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/ho-so"));
        browser.get(url("lang-nghe-cua-xa"));
        waitForText("Xóm Lục");
        browser.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals("Xóm Lục")).findFirst().orElseThrow().click();
        waitForText("Số liệu hằng năm");
        click("Nộp báo cáo năm");
        waitForText("Lưu báo cáo");

        Long village = Long.valueOf(browser.getCurrentUrl().replaceAll(".*/so-lang-nghe/(\\d+)/bao-cao$", "$1"));
        LabourReport current = registry.reports(users.loadUserByUsername("xa.daidong"), village).stream()
                .filter(r -> r.getYear() == year).findFirst().orElseThrow();
        waitForText("đã có báo cáo");
        type("Tổng số lao động", String.valueOf(current.getWorkersTotal() + MORE_WORKERS));
        click("Lưu báo cáo");
        waitForText("Đã lưu báo cáo năm " + year);

        browser.manage().deleteAllCookies();
        login("thongke", "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/so-lang-nghe"));
        browser.get(url("thong-ke"));
        String expected = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"))
                .format(workersBefore + MORE_WORKERS);
        wait.until(d -> d.findElement(By.cssSelector(".dashboard-workers .figure-value")).getText().equals(expected));
        assertThat(statistics.stats(staff, year).workers().total()).isEqualTo(workersBefore + MORE_WORKERS);
    }

    private void click(String text) {
        WebElement button = wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().contains(text)).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private void type(String label, String value) {
        WebElement field = browser.findElements(By.tagName("vaadin-integer-field")).stream()
                .filter(f -> label.equals(f.getDomProperty("label"))).findFirst().orElseThrow();
        WebElement input = field.findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }
}
