package vn.langnghe.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page whose work is not built yet says so plainly, instead of pretending. */
public class Placeholder extends VerticalLayout {

    public Placeholder(String titleKey, String explanationKey) {
        addClassName("placeholder");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(explanationKey)));
    }
}
