package vn.langnghe.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day off for civil servants, Tết and compensatory days included. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    private LocalDate day;

    @Column(nullable = false)
    private String name;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate day, String name) {
        this.day = day;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }
}
