package vn.langnghe.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 61: the 34 provinces and 3,321 commune-level units in force since 1 July 2025 (with the
 * arrangements in force 30 April 2026), from {@code db/reference/provinces-2025.csv} and
 * {@code communes-2025.csv}. Spring Boot hands every {@link JavaMigration} bean to Flyway. The checksum is
 * the files' own, so an edited file is noticed (Flyway refuses to start) instead of silently ignored.
 */
@Component
class UnitsInForce2025 implements JavaMigration {

    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
    private static final String PROVINCES = "db/reference/provinces-2025.csv";
    private static final String COMMUNES = "db/reference/communes-2025.csv";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("61");
    }

    @Override
    public String getDescription() {
        return "units in force 2025";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : List.of(PROVINCES, COMMUNES)) {
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        List<Arrangement.NewUnit> provinces = read(PROVINCES).stream().map(r -> new Arrangement.NewUnit(
                r.get("province_code"), r.get("province"), null, r.get("formed_from"))).toList();
        List<Arrangement.NewUnit> communes = read(COMMUNES).stream().map(r -> new Arrangement.NewUnit(
                r.get("commune_code"), r.get("commune"), r.get("province_code"), r.get("formed_from"))).toList();
        new Arrangement(context.getConnection(), EFFECTIVE).apply(provinces, communes);
    }

    static List<CSVRecord> read(String file) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
