package vn.langnghe.village.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Function;

/** The registry's filters, alike on the staff's and the public page. */
final class FilterFields {

    private FilterFields() {
    }

    /** Free text, matched without diacritics; it filters as the person types. */
    static TextField search(Component context) {
        TextField search = new TextField(context.getTranslation("registry.search"));
        search.setWidth("22em");
        search.setHelperText(context.getTranslation("registry.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        return search;
    }

    /** A choice among {@code items}, or "Tất cả" (any). */
    static <T> Select<T> anyOf(Component context, String labelKey, List<T> items, Function<T, String> label) {
        Select<T> select = new Select<>();
        select.setLabel(context.getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? "" : label.apply(item));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(context.getTranslation("registry.filter.all"));
        select.setPlaceholder(context.getTranslation("registry.filter.all"));
        return select;
    }
}
