package vn.langnghe.territory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import vn.langnghe.territory.UnitDirectory;

/**
 * A searchable combo box over the communes in force of the home province (148 for Phú Thọ, a few thousand
 * nationwide would do as well): typed text matches the name, the GSO code or a former name, diacritics
 * ignored ("yen nghiep" offers Xã Đại Đồng), and the items are fetched page by page as the list scrolls.
 */
public class CommunePicker extends ComboBox<UnitDirectory.Summary> {

    public CommunePicker(UnitDirectory directory, String label) {
        super(label);
        String province = directory.homeProvince();
        setItems(query -> directory.inForce(province, query.getFilter().orElse(""),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.countInForce(province, query.getFilter().orElse("")));
        setItemLabelGenerator(unit -> unit.name() + " (" + unit.code() + ")");
        setClearButtonVisible(true);
    }

    /** The chosen commune's id, or null. */
    public Long selectedId() {
        return getValue() == null ? null : getValue().id();
    }
}
