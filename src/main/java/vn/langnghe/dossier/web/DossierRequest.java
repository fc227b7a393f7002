package vn.langnghe.dossier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.Artisan;
import vn.langnghe.dossier.DossierData;
import vn.langnghe.dossier.ProductionYear;

/** The JSON a one-stop system sends to create or update a draft. Fields a title does not use may be absent. */
record DossierRequest(Title title, Long villageEntryId, String villageName, List<String> hamlets, Integer activityGroup, String craft,
        Integer totalHouseholds, Integer participatingHouseholds, Workers workers, List<Figure> production,
        Integer craftSinceYear, Boolean hasRecognisedTraditionalCraft, Boolean alreadyRecognisedCraftVillage,
        List<ArtisanJson> artisans, Contact contact, Long version) {

    record Workers(Integer total, Integer regular) {
    }

    record Figure(Integer year, Long value) {
    }

    record ArtisanJson(String name, String honour) {
    }

    record Contact(String name, String phone) {
    }

    /** Where a field of {@link DossierData} sits in this JSON, for error messages. */
    private static final Map<String, String> JSON_PATHS = Map.of("workersTotal", "workers.total",
            "workersRegular", "workers.regular", "contactName", "contact.name", "contactPhone", "contact.phone");

    DossierData toData(long currentVersion) {
        List<Problem> problems = new ArrayList<>();
        DossierData data = new DossierData();
        data.setVersion(version == null ? currentVersion : version);
        data.setTitle(title);
        data.setVillageEntryId(villageEntryId);
        data.setVillageName(villageName);
        data.setHamlets(hamlets == null ? new ArrayList<>() : new ArrayList<>(hamlets));
        data.setActivityGroup(activityGroup);
        data.setCraft(craft);
        data.setTotalHouseholds(totalHouseholds);
        data.setParticipatingHouseholds(participatingHouseholds);
        data.setWorkersTotal(workers == null ? null : workers.total());
        data.setWorkersRegular(workers == null ? null : workers.regular());
        List<ProductionYear> figures = new ArrayList<>();
        List<Figure> given = production == null ? List.of() : production;
        for (int i = 0; i < given.size(); i++) {
            Figure figure = given.get(i);
            if (figure == null || figure.year() == null || figure.value() == null) {
                problems.add(Problem.of("production[" + i + "]", "figures.error.productionIncomplete"));
            } else {
                figures.add(new ProductionYear(figure.year(), figure.value()));
            }
        }
        data.setProduction(figures);
        data.setCraftSinceYear(craftSinceYear);
        data.setCraftAlreadyRecognised(Boolean.TRUE.equals(hasRecognisedTraditionalCraft));
        data.setVillageAlreadyRecognised(Boolean.TRUE.equals(alreadyRecognisedCraftVillage));
        data.setArtisans(artisans == null ? new ArrayList<>()
                : new ArrayList<>(artisans.stream().map(a -> a == null ? new Artisan(null, null)
                        : new Artisan(a.name(), a.honour())).toList()));
        data.setContactName(contact == null ? null : contact.name());
        data.setContactPhone(contact == null ? null : contact.phone());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return data;
    }

    /** The same refusal, with field names as this JSON spells them. */
    static InvalidInputException inJsonTerms(InvalidInputException e) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> new Problem(JSON_PATHS.getOrDefault(p.field(), p.field()), p.messageKey(), p.arguments()))
                .toList());
    }
}
