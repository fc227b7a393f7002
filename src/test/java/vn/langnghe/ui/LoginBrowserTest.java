package vn.langnghe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.BrowserTest;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.UserAccountService;

class LoginBrowserTest extends BrowserTest {

    @Autowired
    UserAccountService users;

    @Test
    void communeOfficerSignsInAndSeesTheCommuneHomePage() {
        login("xa.daidong", "demo");

        wait.until(d -> d.getCurrentUrl().endsWith("/ho-so"));
        waitForText("Hồ sơ của xã");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("xa.daidong", "Đăng xuất");
    }

    @Test
    void wrongPasswordShowsAClearError() {
        login("xa.daidong", "sai-mat-khau");

        wait.until(d -> d.getCurrentUrl().contains("error"));
        waitForText("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void aLockedAccountIsToldWhyAndForHowLong() {
        users.createIfMissing("thu.khoa.web", "dung-mat-khau", "Người thử khóa", Role.PROVINCIAL_STAFF, null);
        for (int i = 0; i < 5; i++) {
            login("thu.khoa.web", "sai-" + i);
            wait.until(d -> d.getCurrentUrl().contains("error"));
        }

        login("thu.khoa.web", "dung-mat-khau");

        wait.until(d -> d.getCurrentUrl().contains("error"));
        waitForText("Tài khoản tạm bị khóa");
        waitForText("khóa 15 phút");
    }

    @Test
    void cockpitIsOnlyForAdministrators() {
        browser.get(url("camunda/app/cockpit/default/"));
        wait.until(d -> d.getCurrentUrl().contains("/login"));

        login("xa.daidong", "demo");
        wait.until(d -> d.getCurrentUrl().endsWith("/ho-so") || d.getCurrentUrl().contains("cockpit"));
        browser.get(url("camunda/app/cockpit/default/"));
        assertThat(browser.getPageSource()).doesNotContain("cockpit-app").containsIgnoringCase("403");

        browser.manage().deleteAllCookies();
        login("quantri", "demo");
        wait.until(d -> d.getCurrentUrl().contains("cockpit") || d.getCurrentUrl().endsWith("nguoi-dung"));
        browser.get(url("camunda/app/cockpit/default/"));
        wait.until(d -> d.getTitle().contains("Cockpit"));
        waitForText("Process Definitions");
    }
}
