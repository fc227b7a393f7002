package vn.langnghe.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.langnghe.IntegrationTest;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.SampleDossiers;
import vn.langnghe.dossier.web.DossierApiSamples;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.village.RegistryFixtures;
import vn.langnghe.village.RegistryService;

/** Every demo role and anonymous against every API call, the registry's included: the exact status each should get. */
@IntegrationTest
class ApiAccessMatrixTest {

    private static final String CHECK = """
            {"title": "CRAFT_VILLAGE", "applicationDate": "2026-03-01", "totalHouseholds": 10, "participatingHouseholds": 2}
            """;

    private static final String ROUND = """
            {"name": "Phiên kiểm tra quyền", "members": ["hoidong1", "hoidong2", "hoidong3"], "chair": "hoidong1"}
            """;

    @Autowired
    TestRestTemplate http;
    @Autowired
    DossierService dossiers;
    @Autowired
    UserAccountService users;
    @Autowired
    RegistryService registry;

    private static final String REPORT = """
            {"year": 2024, "totalHouseholds": 260, "participatingHouseholds": 146, "workers": {"total": 173,
             "regular": 110}, "productionValue": 7900000000, "revenue": 6700000000}
            """;

    private record Call(HttpMethod method, String path, String body) {
    }

    @Test
    void eachCallerGetsExactlyTheAnswerItShould() {
        long own = dossiers.create(users.loadUserByUsername("xa.daidong"), SampleDossiers.craftVillage("Xóm Lục"))
                .getId();
        Call list = new Call(HttpMethod.GET, "/api/v1/dossiers", null);
        Call read = new Call(HttpMethod.GET, "/api/v1/dossiers/" + own, null);
        Call create = new Call(HttpMethod.POST, "/api/v1/dossiers", DossierApiSamples.CRAFT_VILLAGE);
        Call tasks = new Call(HttpMethod.GET, "/api/v1/tasks", null);
        Call check = new Call(HttpMethod.POST, "/api/v1/criteria/check", CHECK);
        Call openApi = new Call(HttpMethod.GET, "/v3/api-docs", null);
        Call documents = new Call(HttpMethod.GET, "/api/v1/dossiers/" + own + "/documents", null);
        Call rounds = new Call(HttpMethod.GET, "/api/v1/council-rounds", null);
        Call newRound = new Call(HttpMethod.POST, "/api/v1/council-rounds", ROUND);
        long village = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Xóm Lục");
        Call villages = new Call(HttpMethod.GET, "/api/v1/registry/villages", null);
        Call readVillage = new Call(HttpMethod.GET, "/api/v1/registry/villages/" + village, null);
        Call report = new Call(HttpMethod.POST, "/api/v1/registry/villages/" + village + "/reports", REPORT);
        Call export = new Call(HttpMethod.GET, "/api/v1/registry/villages/export", null);
        Call stats = new Call(HttpMethod.GET, "/api/v1/registry/stats", null);
        Call openData = new Call(HttpMethod.GET, "/api/v1/public/villages", null);
        Call openDataCsv = new Call(HttpMethod.GET, "/api/v1/public/villages/export", null);
        // A year in the future: provincial staff get past the permission check to the 400, and no
        // review starts (a real one would put the whole registry under review for every later test).
        Call review = new Call(HttpMethod.POST, "/api/v1/registry/reviews", "{\"year\": 2999}");

        // Issue 21: document verification is public (an unknown code is a 404 for everyone); re-signing is the
        // administrator's (who gets past the permission check to the unknown code's 404).
        Call verify = new Call(HttpMethod.GET, "/api/v1/public/documents/ZZZZ-ZZZZ-ZZZZ-ZZZZ", null);
        Call resign = new Call(HttpMethod.POST, "/api/v1/documents/ZZZZ-ZZZZ-ZZZZ-ZZZZ/re-sign", null);

        List<String> wrong = new ArrayList<>();
        expect(wrong, null, verify, 404, resign, 401);
        for (String notAdministrator : List.of("xa.daidong", "tiepnhan", "thamdinh", "hoidong1", "chutich",
                "thongke")) {
            expect(wrong, notAdministrator, verify, 404, resign, 403);
        }
        expect(wrong, "quantri", verify, 404, resign, 404);
        expect(wrong, null, list, 401, read, 401, create, 401, tasks, 401, check, 200, openApi, 200, documents, 401,
                rounds, 401, newRound, 401);
        expect(wrong, "xa.daidong", list, 200, read, 200, create, 201, tasks, 200, check, 200, openApi, 200,
                documents, 200, rounds, 403, newRound, 403);
        expect(wrong, "xa.maiha", list, 200, read, 404, create, 201, tasks, 200, check, 200, openApi, 200,
                documents, 404, rounds, 403, newRound, 403);
        for (String organiser : List.of("tiepnhan", "thamdinh")) {
            expect(wrong, organiser, list, 200, read, 200, create, 403, tasks, 200, check, 200, openApi, 200,
                    documents, 200, rounds, 200, newRound, 201);
        }
        for (String reader : List.of("hoidong1", "chutich")) {
            expect(wrong, reader, list, 200, read, 200, create, 403, tasks, 200, check, 200, openApi, 200,
                    documents, 200, rounds, 200, newRound, 403);
        }
        expect(wrong, "thongke", list, 200, read, 200, create, 403, tasks, 200, check, 200, openApi, 200,
                documents, 200, rounds, 403, newRound, 403);
        expect(wrong, "quantri", list, 403, read, 403, create, 403, tasks, 200, check, 200, openApi, 200,
                documents, 403, rounds, 403, newRound, 403);

        expect(wrong, null, villages, 401, readVillage, 401, report, 401, export, 401, stats, 401, openData, 200,
                openDataCsv, 200);
        expect(wrong, "xa.daidong", villages, 200, readVillage, 200, report, 201, export, 200, stats, 403,
                openData, 200, openDataCsv, 200);
        expect(wrong, "xa.maiha", villages, 200, readVillage, 404, report, 404, export, 200, stats, 403,
                openData, 200, openDataCsv, 200);
        for (String provincial : List.of("tiepnhan", "thamdinh", "hoidong1")) {
            expect(wrong, provincial, villages, 200, readVillage, 200, report, 403, export, 200, stats, 403,
                    openData, 200, openDataCsv, 200);
        }
        for (String registryUser : List.of("chutich", "thongke")) {
            expect(wrong, registryUser, villages, 200, readVillage, 200, report, 403, export, 200, stats, 200,
                    openData, 200, openDataCsv, 200);
        }
        expect(wrong, "quantri", villages, 403, readVillage, 403, report, 403, export, 403, stats, 403, openData, 200,
                openDataCsv, 200);

        Call units = new Call(HttpMethod.GET, "/api/v1/administrative-units?province=25&q=dai dong", null);
        Call unit = new Call(HttpMethod.GET, "/api/v1/administrative-units/05347", null);
        for (String anyone : java.util.Arrays.asList(null, "xa.daidong", "tiepnhan", "quantri")) {
            expect(wrong, anyone, units, 200, unit, 200);
        }

        expect(wrong, null, review, 401);
        for (String notStaff : List.of("xa.daidong", "tiepnhan", "thamdinh", "hoidong1", "chutich", "quantri")) {
            expect(wrong, notStaff, review, 403);
        }
        expect(wrong, "thongke", review, 400);

        // Machine clients (issue 22): only administrators list, register and revoke them.
        Call clients = new Call(HttpMethod.GET, "/api/v1/clients", null);
        Call revokeUnknown = new Call(HttpMethod.POST, "/api/v1/clients/khong-co/revoke", null);
        expect(wrong, null, clients, 401, revokeUnknown, 401);
        for (String notAdministrator : List.of("xa.daidong", "tiepnhan", "thamdinh", "hoidong1", "chutich", "thongke")) {
            expect(wrong, notAdministrator, clients, 403, revokeUnknown, 403);
        }
        expect(wrong, "quantri", clients, 200, revokeUnknown, 404);

        assertThat(wrong).isEmpty();
    }

    private void expect(List<String> wrong, String user, Object... callsAndStatuses) {
        for (int i = 0; i < callsAndStatuses.length; i += 2) {
            Call call = (Call) callsAndStatuses[i];
            int expected = (Integer) callsAndStatuses[i + 1];
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
            int actual = client.exchange(call.path(), call.method(), new HttpEntity<>(call.body(), headers), String.class)
                    .getStatusCode().value();
            if (actual != expected) {
                wrong.add((user == null ? "anonymous" : user) + " " + call.method() + " " + call.path() + ": " + actual
                        + " instead of " + expected);
            }
        }
    }
}
