package vn.langnghe.workflow.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.langnghe.identity.Role;
import vn.langnghe.ui.Placeholder;

/** "Việc cần làm": the provincial roles' home. The task list arrives with the review process (issue 4). */
@Route("viec-can-lam")
@Menu(order = 10, title = "menu.inbox", icon = "INBOX")
@RolesAllowed({Role.Names.INTAKE_OFFICER, Role.Names.REVIEWER, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
public class InboxView extends Placeholder implements HasDynamicTitle {

    InboxView() {
        super("menu.inbox", "inbox.notYet");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
