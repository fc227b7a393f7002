package vn.langnghe.ui;

import com.vaadin.flow.component.Component;

/** Something a module puts in the header of every signed-in page (the notification bell). */
public interface HeaderItem {

    /** A new component for one page; called once per layout instance. */
    Component create();
}
