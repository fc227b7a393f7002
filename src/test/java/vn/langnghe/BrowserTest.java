package vn.langnghe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
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
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (TimeoutException e) {
            keepScreenshot("waiting-for-" + text.replaceAll("[^\\p{L}\\p{N}]+", "-"));
            throw e;
        }
    }

    /** Saves what the browser shows under target/screenshots/, to look at after a failure. */
    protected void keepScreenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // A screenshot is an aid to the reader of a failure, never a reason of its own to fail.
        }
    }

    /**
     * Clicks the confirm button of the confirmation dialog, found by its text, once the dialog has finished
     * opening (a click during its opening animation can fall through), and waits for the dialog to close.
     */
    protected void confirm(String text) {
        WebElement confirm = button(text);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay[opening]")).isEmpty());
        click(confirm);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay[opened]")).isEmpty());
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
