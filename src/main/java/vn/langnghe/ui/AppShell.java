package vn.langnghe.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/** Page-wide settings. No {@code @Theme}: the pre-compiled Lumo bundle is used, so no npm build runs. */
@Meta(name = "description", content = "Công nhận nghề truyền thống, làng nghề và làng nghề truyền thống")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }
}
