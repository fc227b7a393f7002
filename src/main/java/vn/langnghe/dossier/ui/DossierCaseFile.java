package vn.langnghe.dossier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.criteria.ui.CriteriaCheckPanel;
import vn.langnghe.dossier.Attachment;
import vn.langnghe.dossier.AttachmentKind;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierClock;
import vn.langnghe.dossier.DossierEvent;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.ui.ComponentTexts;
import vn.langnghe.ui.Toasts;

/**
 * Everything about one dossier that anyone allowed to see it may read: its figures, documents, statutory
 * clock, history and criteria check. The commune can add and remove documents while the dossier is theirs.
 */
public class DossierCaseFile extends Div {

    private final DossierService dossiers;
    private final SignedInUser user;
    private final Dossier dossier;
    private final Runnable onChange;

    /**
     * @param editableDocuments whether documents can be added and removed here
     * @param onChange          called after a document was added or removed, to redraw
     */
    public DossierCaseFile(DossierService dossiers, List<CaseFileSection> sections, SignedInUser user, Dossier dossier,
            boolean editableDocuments, Runnable onChange) {
        this.dossiers = dossiers;
        this.user = user;
        this.dossier = dossier;
        this.onChange = onChange;
        addClassName("dossier-columns");
        Div main = new Div();
        main.addClassName("dossier-main");
        if (dossier.getState() == DossierState.RETURNED) {
            main.add(returnNotice());
        }
        if (dossier.getDecisionReason() != null) {
            main.add(rejectionNotice());
        }
        main.add(clock());
        sections.forEach(section -> section.render(user, dossier).ifPresent(main::add));
        main.add(facts(), documents(dossiers.attachments(user, dossier.getId()), editableDocuments), history());
        CriteriaCheckPanel criteria = new CriteriaCheckPanel();
        criteria.show(dossiers.check(dossier, getLocale()));
        add(main, criteria);
    }

    private Component returnNotice() {
        Div notice = new Div(new Paragraph(getTranslation("caseFile.returned",
                DossierLabels.date(dossier.getSupplementDeadline()))), new Paragraph(dossier.getReturnReason()));
        notice.addClassName("return-notice");
        return notice;
    }

    private Component rejectionNotice() {
        Div notice = new Div(new Paragraph(getTranslation("caseFile.rejected", DossierLabels.date(dossier.getDecidedOn()))),
                new Paragraph(dossier.getDecisionReason()));
        notice.addClassName("return-notice");
        return notice;
    }

    private Component clock() {
        DossierClock clock = dossiers.clock(user, dossier.getId());
        Paragraph text = new Paragraph(clock.dueDate() == null ? getTranslation("caseFile.clock.notStarted")
                : dossier.getDecidedOn() != null ? getTranslation("caseFile.clock.decided",
                        DossierLabels.date(dossier.getDecidedOn()), String.valueOf(clock.daysUsed()),
                        String.valueOf(clock.daysPaused()), DossierLabels.date(clock.dueDate()),
                        getTranslation(Boolean.TRUE.equals(dossier.getDecidedWithinLimit())
                                ? "caseFile.clock.withinLimit" : "caseFile.clock.late"))
                : getTranslation("caseFile.clock", DossierLabels.date(clock.dueDate()), String.valueOf(clock.daysUsed()),
                        String.valueOf(clock.daysPaused()), String.valueOf(clock.daysLeft())));
        if (clock.overdue() && dossier.getDecidedOn() == null) {
            text.addClassName("overdue");
        } else if (clock.nearLimit() && clock.running()) {
            text.addClassName("near-due");
        }
        return new Div(new H3(getTranslation("caseFile.clock.heading")), text);
    }

    private Component facts() {
        Dossier d = dossier;
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "villageName", d.getVillageName());
        fact(facts, "hamlets", String.join(", ", d.getHamlets()));
        fact(facts, "activityGroup", d.getActivityGroup() == null ? null
                : d.getActivityGroup() + ". " + getTranslation("activityGroup." + d.getActivityGroup()));
        fact(facts, "craft", d.getCraft());
        fact(facts, "craftSinceYear", d.getCraftSinceYear() == null ? null : String.valueOf(d.getCraftSinceYear()));
        fact(facts, "totalHouseholds", number(d.getTotalHouseholds()));
        fact(facts, "participatingHouseholds", number(d.getParticipatingHouseholds()));
        fact(facts, "workersTotal", number(d.getWorkersTotal()));
        fact(facts, "workersRegular", number(d.getWorkersRegular()));
        fact(facts, "production", d.getProduction().stream()
                .map(p -> p.year() + ": " + getTranslation("dossier.money", p.value())).collect(Collectors.joining("; ")));
        fact(facts, "artisans", d.getArtisans().stream()
                .map(a -> a.honour() == null ? a.name() : a.name() + " (" + a.honour() + ")")
                .collect(Collectors.joining("; ")));
        fact(facts, "contact", d.getContactName() == null ? null
                : d.getContactName() + (d.getContactPhone() == null ? "" : " – " + d.getContactPhone()));
        fact(facts, "submittedOn", DossierLabels.date(d.getSubmittedOn()));
        return new Div(new H3(getTranslation("dossier.section.general")), facts);
    }

    private void fact(DescriptionList list, String name, String value) {
        list.add(new DescriptionList.Term(getTranslation("dossier.field." + name)),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private String number(Integer value) {
        return value == null ? null : getTranslation("dossier.count", value);
    }

    private Component documents(List<Attachment> attachments, boolean editable) {
        Div section = new Div(new H3(getTranslation("dossier.section.documents")));
        Set<AttachmentKind> required = AttachmentKind.required(dossier.getTitle(), dossier.isCraftAlreadyRecognised(),
                dossier.isVillageAlreadyRecognised());
        Set<AttachmentKind> attached = attachments.stream().map(Attachment::getKind).collect(Collectors.toSet());
        UnorderedList checklist = new UnorderedList();
        for (AttachmentKind kind : required) {
            boolean present = attached.contains(kind);
            ListItem item = new ListItem((present ? "✓ " : "✗ ") + getTranslation("attachment.kind." + kind.name()));
            item.addClassName(present ? "document-present" : "document-missing");
            checklist.add(item);
        }
        section.add(new Paragraph(getTranslation("dossier.documents.required")), checklist);

        Grid<Attachment> grid = new Grid<>(Attachment.class, false);
        grid.addColumn(a -> getTranslation("attachment.kind." + a.getKind().name()))
                .setHeader(getTranslation("attachment.field.kind")).setFlexGrow(1);
        grid.addComponentColumn(a -> download(a)).setHeader(getTranslation("attachment.field.file")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("attachment.size", Math.max(1, a.getSize() / 1024)))
                .setHeader(getTranslation("attachment.field.size")).setAutoWidth(true);
        grid.addColumn(a -> DossierLabels.dateTime(a.getUploadedAt()))
                .setHeader(getTranslation("attachment.field.uploadedAt")).setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(a -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    dossiers.removeAttachment(user, dossier.getId(), a.getId());
                    onChange.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("attachment.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(attachments);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("attachment.none"));
        section.add(grid);
        if (editable) {
            section.add(uploader(firstMissing(required, attached)));
        }
        return section;
    }

    private Anchor download(Attachment attachment) {
        DownloadHandler handler = event -> {
            event.setFileName(attachment.getFileName());
            event.setContentType(attachment.getMediaType());
            try (InputStream in = dossiers.openAttachment(user, dossier.getId(), attachment.getId())) {
                in.transferTo(event.getOutputStream());
            }
        };
        return new Anchor(handler, attachment.getFileName());
    }

    /** The kind to offer first: the first required document still missing, in the order of the decree. */
    static AttachmentKind firstMissing(Set<AttachmentKind> required, Set<AttachmentKind> attached) {
        return Arrays.stream(AttachmentKind.values())
                .filter(k -> required.contains(k) && !attached.contains(k))
                .findFirst().orElse(AttachmentKind.ARTISAN_CERTIFICATE);
    }

    private Component uploader(AttachmentKind preselected) {
        Select<AttachmentKind> kind = new Select<>();
        kind.setLabel(getTranslation("attachment.field.kind"));
        kind.setItems(AttachmentKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("attachment.kind." + k.name()));
        kind.setValue(preselected);
        kind.setWidth("min(28em, 100%)");
        Span refused = new Span();
        refused.addClassName("upload-refused");
        refused.getElement().setAttribute("role", "alert");
        Div holder = new Div();
        holder.setWidthFull();
        holder.add(upload(kind, refused, holder));
        Paragraph help = new Paragraph(getTranslation("attachment.help"));
        help.addClassName("help");
        return new VerticalLayout(new H3(getTranslation("attachment.add")), kind, holder, refused, help);
    }

    /**
     * An upload that files what it receives under the chosen kind. The browser marks a file done as soon as its
     * bytes have arrived, so a file the server refuses is answered with a fresh, empty upload: no ✓ is left
     * next to a file that was not kept, and the reason is written beside it.
     */
    private Upload upload(Select<AttachmentKind> kind, Span refused, Div holder) {
        Upload upload = ComponentTexts.upload(new Upload());
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx", ".odt");
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                dossiers.attach(user, dossier.getId(), kind.getValue(), metadata.fileName(), in);
                getUI().ifPresent(ui -> ui.access(() -> {
                    Toasts.success(getTranslation("attachment.added", metadata.fileName()));
                    onChange.run();
                }));
            } catch (InvalidInputException e) {
                String message = getTranslation("attachment.refused", metadata.fileName(), e.problems().stream()
                        .map(p -> getTranslation(p.messageKey())).collect(Collectors.joining(" ")));
                getUI().ifPresent(ui -> ui.access(() -> {
                    holder.removeAll();
                    holder.add(upload(kind, refused, holder));
                    refused.setText(message);
                    Toasts.error(message);
                }));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.addFileRejectedListener(e -> {
            refused.setText(e.getErrorMessage());
            Toasts.error(getTranslation("attachment.error.rejectedInBrowser"));
        });
        return upload;
    }

    private Component history() {
        Grid<DossierEvent> grid = new Grid<>(DossierEvent.class, false);
        grid.addColumn(e -> DossierLabels.dateTime(e.getAt())).setHeader(getTranslation("history.at")).setAutoWidth(true);
        grid.addColumn(DossierEvent::getActor).setHeader(getTranslation("history.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("history.type." + e.getType())).setHeader(getTranslation("history.what"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.getDetail() == null ? "" : e.getDetail()).setHeader(getTranslation("history.detail"))
                .setFlexGrow(1);
        grid.setItems(dossiers.history(user, dossier.getId()));
        grid.setAllRowsVisible(true);
        return new Div(new H3(getTranslation("dossier.section.history")), grid);
    }
}
