package vn.langnghe.dossier;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.langnghe.common.PlainText;
import vn.langnghe.common.Problem;
import vn.langnghe.criteria.FigureRules;

/**
 * What makes a dossier's data acceptable to store, even as a draft: the Bean Validation constraints of
 * {@link DossierData}, the figure rules shared with the pre-check, and no control characters in text.
 */
@Component
class DossierRules {

    private static final int MAX_TEXT = 200;

    private final Validator validator;

    DossierRules(Validator validator) {
        this.validator = validator;
    }

    List<Problem> check(DossierData data, LocalDate applicationDate) {
        List<Problem> problems = new ArrayList<>(Problem.of(validator.validate(data)));
        problems.addAll(FigureRules.check(applicationDate, data.getTotalHouseholds(),
                data.getParticipatingHouseholds(),
                data.yearlyProduction(),
                data.getCraftSinceYear()));
        problems.addAll(FigureRules.workers(data.getWorkersTotal(), data.getWorkersRegular()));
        for (int i = 0; i < data.getArtisans().size(); i++) {
            Artisan artisan = data.getArtisans().get(i);
            if (artisan.name() == null || artisan.name().isBlank() || artisan.name().length() > MAX_TEXT) {
                problems.add(Problem.of("artisans[" + i + "].name", "dossier.error.artisanName"));
            }
            if (artisan.honour() != null && artisan.honour().length() > MAX_TEXT) {
                problems.add(Problem.of("artisans[" + i + "].honour", "dossier.error.artisanHonour"));
            }
        }
        texts(data).filter(t -> !PlainText.isClean(t.value(), false))
                .forEach(t -> problems.add(Problem.of(t.field(), "dossier.error.controlCharacters")));
        return problems;
    }

    private record Text(String field, String value) {
    }

    private static Stream<Text> texts(DossierData data) {
        Stream<Text> single = Stream.of(new Text("villageName", data.getVillageName()),
                new Text("craft", data.getCraft()), new Text("contactName", data.getContactName()),
                new Text("contactPhone", data.getContactPhone()));
        Stream<Text> hamlets = data.getHamlets().stream().map(h -> new Text("hamlets", h));
        Stream<Text> artisans = data.getArtisans().stream()
                .flatMap(a -> Stream.of(new Text("artisans", a.name()), new Text("artisans", a.honour())));
        return Stream.of(single, hamlets, artisans).flatMap(s -> s);
    }
}
