package vn.langnghe;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, so nothing is downloaded) against the
 * application on its random port.
 */
@IntegrationTest
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;
    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the login page, as a person would. */
    protected void login(String username, String password) {
        browser.get(url("login"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        WebElement user = wait.until(d -> form.findElement(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    protected void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Signs out by forgetting the session and signs in as another user, landing on their inbox. */
    protected void signOutAndIn(String username) {
        browser.manage().deleteAllCookies();
        login(username, "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/viec-can-lam"));
    }

    protected WebElement button(String text) {
        return wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().contains(text)).findFirst().orElse(null));
    }

    protected WebElement radio(String label) {
        return wait.until(d -> d.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(b -> b.getText().contains(label)).findFirst().orElse(null));
    }

    /** Clicks after scrolling the element into view, so a sticky header never catches the click. */
    protected void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
